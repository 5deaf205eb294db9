/**
 * CSV exports of applications and decisions for a date range, for the committee's records and
 * reports. Every cell is plain text: a value a spreadsheet would run as a formula is made inert,
 * and csv-stringify quotes commas, quotes and line breaks as RFC 4180 requires (case C15).
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { ApplicationRecord } from '../domain/application-record.ts';
import { PlainDateSchema } from '../domain/fields.ts';
import { toProgramDay, toProgramTime } from '../domain/program-day.ts';

/** Actions in the history that are committee decisions. */
export const DECISION_ACTIONS = ['approved', 'denied', 'more-information'] as const;

/**
 * Spreadsheets run a cell as a formula when it starts with one of these, even after spaces.
 * OWASP's advice: put an apostrophe first. Excel and LibreOffice then show the text as typed
 * (the apostrophe is hidden), so a phone number like +1 (555) 010-0199 stays readable.
 */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/**
 * @param value a cell's text
 * @returns the text, made inert if a spreadsheet would read it as a formula
 */
export function makeCellSafe(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export const ExportQuerySchema = z
	.object({
		kind: z.enum(['applications', 'decisions']),
		from: PlainDateSchema,
		to: PlainDateSchema,
	})
	.refine((query) => query.from <= query.to, {
		path: ['to'],
		message: 'End the range on or after its start',
	});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

const inRange = (instant: string, { from, to }: ExportQuery) => {
	const day = toProgramDay(instant);

	return day >= from && day <= to;
};

const toCsv = (header: string[], rows: Array<Array<string | number | undefined>>) =>
	// The byte order mark makes Excel read the file as UTF-8, so accented names survive.
	`\uFEFF${stringify(
		[header, ...rows.map((row) => row.map((cell) => makeCellSafe(String(cell ?? ''))))],
		{
			record_delimiter: 'windows',
		},
	)}`;

const lastDecision = (record: ApplicationRecord) =>
	record.history.findLast((entry) =>
		(DECISION_ACTIONS as readonly string[]).includes(entry.action),
	);

/**
 * @param records every stored application
 * @param query the kind of export and the range of Arkansas calendar days, both ends included
 * @returns the CSV text
 */
export function makeExportCsv(records: readonly ApplicationRecord[], query: ExportQuery): string {
	if (query.kind === 'applications') {
		const header = [
			'Reference',
			'Submitted (Arkansas time)',
			'Status',
			'Level',
			'Full name',
			'Email',
			'Phone',
			'ACLEST number',
			'Agency',
			'School district',
			'Campus',
			'School years',
			'Certificate number',
			'Last decision',
			'Decided by',
			'Decision note',
		];
		const rows = records
			.filter((record) => inRange(record.submittedAt, query))
			.map((record) => {
				const { applicant, level } = record.application;
				const decision = lastDecision(record);

				return [
					record.reference,
					toProgramTime(record.submittedAt),
					record.status,
					level,
					applicant.fullName,
					applicant.email,
					applicant.phone,
					applicant.aclestNumber,
					applicant.agency,
					applicant.district,
					applicant.campus,
					applicant.schoolYears,
					record.certificateNumber,
					decision && toProgramTime(decision.at),
					decision?.actor,
					decision?.note,
				];
			});

		return toCsv(header, rows);
	}

	const header = [
		'Reference',
		'Decided (Arkansas time)',
		'Decision',
		'Reviewer',
		'Note',
		'Full name',
		'Level',
		'Certificate number',
	];
	const decisions = records.flatMap((record) =>
		record.history
			.filter(
				(entry) =>
					(DECISION_ACTIONS as readonly string[]).includes(entry.action) &&
					inRange(entry.at, query),
			)
			.map((entry) => ({ record, entry })),
	);
	const rows = decisions
		.sort((a, b) => a.entry.at.localeCompare(b.entry.at))
		.map(({ record, entry }) => [
			record.reference,
			toProgramTime(entry.at),
			entry.action,
			entry.actor,
			entry.note,
			record.application.applicant.fullName,
			record.application.level,
			entry.action === 'approved' ? record.certificateNumber : '',
		]);

	return toCsv(header, rows);
}
