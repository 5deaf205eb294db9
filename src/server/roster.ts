import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import {
	type Certificate,
	normalizeCertificateNumber,
	type Officer,
	OfficerSchema,
} from '../domain/roster.ts';
import { cacheContent } from './content.ts';

/** One certificate on the roster, with the officer who holds it. */
export interface FindCertificateResult {
	/** The officer's id, which is also the path of the public page: /roster/<officerId>/ */
	officerId: string;
	officer: Officer;
	certificate: Certificate;
}

/**
 * Reads and validates every officer file in content/officers/ (CONTENT_DIR in tests), indexed
 * by certificate number, and keeps it as long as src/server/content.ts keeps levels and settings.
 * A file that breaks the schema throws, naming the file: the build refuses such a file too,
 * so this only happens when a deploy ships content the site was not built from.
 */
const readCertificates = cacheContent(async (dir) => {
	const folder = join(dir, 'officers');
	const names = (await readdir(folder)).filter((name) => name.endsWith('.yml')).sort();
	const certificates = new Map<string, FindCertificateResult>();

	for (const name of names) {
		const path = join(folder, name);
		const result = OfficerSchema.safeParse(parse(await readFile(path, 'utf8')));
		if (!result.success) {
			throw new Error(`The roster file ${path} does not match the officer schema.`, {
				cause: result.error,
			});
		}

		// Astro's glob loader names entries after the file, and the files have ASCII slug names.
		const officerId = basename(name, '.yml');
		for (const certificate of result.data.certificates) {
			certificates.set(certificate.number, { officerId, officer: result.data, certificate });
		}
	}

	return certificates;
});

/**
 * Finds a certificate on the roster by its number, as a person typed or pasted it.
 *
 * @param number a certificate number; spaces, case and dashes are forgiven
 * @returns the certificate and its officer, or `null` when no certificate has that number
 */
export async function findCertificate(number: string): Promise<FindCertificateResult | null> {
	const certificates = await readCertificates();

	return certificates.get(normalizeCertificateNumber(number)) ?? null;
}
