import { z } from 'zod';
import { optionalField, PlainDateSchema, textLine } from './fields.ts';
import { LevelIdSchema, LEVEL_IDS, type LevelId } from './levels.ts';

/**
 * Certificate numbers read ACSS-<level 1 to 4>-<year awarded>-<4-digit sequence>,
 * for example ACSS-2-2025-0042 for an Intermediate certificate awarded in 2025.
 */
export const CERTIFICATE_NUMBER = /^ACSS-([1-4])-(\d{4})-(\d{4})$/;

export const CertificateNumberSchema = z
	.string({ error: 'Enter a certificate number such as ACSS-1-2025-0042' })
	.transform(normalizeCertificateNumber)
	.pipe(
		z.string().regex(CERTIFICATE_NUMBER, 'Enter a certificate number such as ACSS-1-2025-0042'),
	);

/**
 * Forgives what people do when they copy a number off paper: spaces, lower case, en dashes,
 * spaces for dashes ("acss 1 2025 0042") or no dashes at all.
 *
 * @param value a certificate number as typed
 * @returns the number in its canonical form (which may still be invalid)
 */
export function normalizeCertificateNumber(value: string): string {
	const typed = value.normalize('NFKC').toUpperCase();
	const parts = /^ACSS([1-4])(\d{4})(\d{4})$/.exec(typed.replace(/[^A-Z0-9]/g, ''));
	if (parts) return `ACSS-${parts[1]}-${parts[2]}-${parts[3]}`;

	return typed.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '');
}

/**
 * @param level the level the certificate is for
 * @param year the year it is awarded
 * @param sequence its place among that level's certificates of that year, from 1
 * @returns the certificate number, for example ACSS-1-2025-0042
 */
export function makeCertificateNumber(level: LevelId, year: number, sequence: number): string {
	const levelNumber = LEVEL_IDS.indexOf(level) + 1;

	return `ACSS-${levelNumber}-${year}-${String(sequence).padStart(4, '0')}`;
}

export const CertificateSchema = z.object({
	/** The level of this certificate. Example: basic */
	level: LevelIdSchema,
	/** The number printed on the certificate. Example: ACSS-1-2025-0042 */
	number: CertificateNumberSchema,
	/** The day the committee awarded it, as YYYY-MM-DD. Example: 2025-03-01 */
	awarded: PlainDateSchema,
});
export type Certificate = z.infer<typeof CertificateSchema>;

export const OfficerStatusSchema = z.enum(['active', 'inactive']);

/** One certified officer on the public roster, as editors write them in content/officers/. */
export const OfficerSchema = z
	.object({
		/** Full name as it appears on the certificate. Example: Siobhán O’Neil */
		name: textLine('Enter the officer’s full name'),
		/** The law-enforcement agency that appointed the officer. Example: Conway Police Department */
		agency: textLine('Enter the officer’s agency'),
		/** The school district served. Example: Conway School District */
		district: textLine('Enter the school district'),
		/** The campus served, if any. Example: Conway High School */
		campus: optionalField(z.string().trim()),
		/** The county of the district. Example: Faulkner */
		county: textLine('Enter the county'),
		/** Whether the officer currently serves as a certified SRO. */
		status: OfficerStatusSchema,
		/** Every certificate the officer holds, one per level. */
		certificates: z.array(CertificateSchema).min(1, 'List at least one certificate'),
		/** True for the made-up officers shipped as sample data. */
		sample: optionalField(z.boolean()),
	})
	.superRefine((officer, ctx) => {
		const levels = officer.certificates.map((certificate) => certificate.level);
		if (new Set(levels).size !== levels.length) {
			ctx.addIssue({ code: 'custom', path: ['certificates'], message: 'List each level once' });
		}
	});
export type Officer = z.infer<typeof OfficerSchema>;

/**
 * @param officer an officer from the roster
 * @returns the certificate of the highest level the officer holds
 */
export function getHighestCertificate(officer: Officer): Certificate {
	return officer.certificates.reduce((best, certificate) =>
		LEVEL_IDS.indexOf(certificate.level) > LEVEL_IDS.indexOf(best.level) ? certificate : best,
	);
}

/**
 * A certificate number must lead to one officer: the public look-up and the sequence rule of an
 * application both read the roster by number.
 *
 * @param officers the roster, each officer with the id of its file. Example: jose-pena
 * @returns one sentence per number held by more than one officer file; empty when all are unique
 */
export function findSharedCertificateNumbers(
	officers: ReadonlyArray<{ id: string; data: Pick<Officer, 'certificates'> }>,
): string[] {
	const holders = new Map<string, string[]>();
	for (const officer of officers) {
		for (const { number } of officer.data.certificates) {
			holders.set(number, [...(holders.get(number) ?? []), officer.id]);
		}
	}

	return [...holders]
		.filter(([, ids]) => ids.length > 1)
		.map(([number, ids]) => `${number} is listed in ${ids.map((id) => `${id}.yml`).join(' and ')}`);
}
