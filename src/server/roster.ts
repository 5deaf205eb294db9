import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import {
	type Certificate,
	normalizeCertificateNumber,
	type Officer,
	OfficerSchema,
} from '../domain/roster.ts';

/** One certificate on the roster, with the officer who holds it. */
export interface FindCertificateResult {
	/** The officer's id, which is also the path of the public page: /roster/<officerId>/ */
	officerId: string;
	officer: Officer;
	certificate: Certificate;
}

/**
 * Where the roster is read from. Netlify ships content/officers/ with every function
 * (netlify.toml's `included_files`) at the same path relative to the working directory, and
 * OFFICERS_DIR points at another roster exactly as it does for the build.
 */
const getOfficersDir = () => resolve(process.env.OFFICERS_DIR ?? 'content/officers');

// The roster only changes with a deploy, so one read per function instance is enough.
let certificatesByNumber: Promise<Map<string, FindCertificateResult>> | undefined;

/**
 * Reads and validates every officer file, indexed by certificate number.
 * A file that breaks the schema throws, naming the file: the build refuses such a file too,
 * so this only happens when a deploy ships content the site was not built from.
 */
async function readCertificates(folder: string): Promise<Map<string, FindCertificateResult>> {
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
}

/**
 * Finds a certificate on the roster by its number, as a person typed or pasted it.
 *
 * @param number a certificate number; spaces, case and dashes are forgiven
 * @returns the certificate and its officer, or `null` when no certificate has that number
 */
export async function findCertificate(number: string): Promise<FindCertificateResult | null> {
	certificatesByNumber ??= readCertificates(getOfficersDir()).catch((error: unknown) => {
		// A failed read is not cached, so the next request tries again.
		certificatesByNumber = undefined;
		throw error;
	});
	const certificates = await certificatesByNumber;

	return certificates.get(normalizeCertificateNumber(number)) ?? null;
}

/** Forgets the cached roster, so tests can point OFFICERS_DIR at another folder. */
export function clearRosterCache(): void {
	certificatesByNumber = undefined;
}
