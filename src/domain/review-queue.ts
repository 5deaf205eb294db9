/**
 * The committee's queue: one row per application, the clock against the decision time from
 * settings, and the filters the review workspace offers. Plain functions over stored records, so
 * the queue function and its tests share them.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES, type ApplicationStatus } from './application.ts';
import type { ApplicationRecord } from './application-record.ts';
import { LevelIdSchema, type LevelId } from './levels.ts';
import { foldForSearch } from './search.ts';

/** An open application is "due soon" this many days before its decision time runs out. */
export const DUE_SOON_DAYS = 7;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Statuses still waiting on the committee. */
const OPEN_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['submitted', 'more-information']);

export type DueState = 'on-time' | 'due-soon' | 'overdue' | 'decided';

export interface QueueRow {
	reference: string;
	applicant: string;
	agency: string;
	level: LevelId;
	status: ApplicationStatus;
	submittedAt: string;
	/** Whole days since the application was submitted. */
	daysWaiting: number;
	/** Days left before the decision time runs out; negative once it has. */
	daysLeft: number;
	dueState: DueState;
}

/**
 * @param submittedAt when the application was submitted (ISO instant)
 * @param now the current instant
 * @returns whole days elapsed, never negative
 */
export function getDaysWaiting(submittedAt: string, now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - Date.parse(submittedAt)) / DAY_MS));
}

/**
 * @param status the application's status
 * @param daysLeft days before the decision time runs out
 * @returns how urgent the application is; decided ones are never due
 */
export function getDueState(status: ApplicationStatus, daysLeft: number): DueState {
	if (!OPEN_STATUSES.has(status)) return 'decided';
	if (daysLeft < 0) return 'overdue';

	return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-time';
}

/**
 * @param record a stored application
 * @param decisionDays the decision time from settings
 * @param now the current instant
 * @returns the application's row in the queue
 */
export function makeQueueRow(record: ApplicationRecord, decisionDays: number, now: Date): QueueRow {
	const daysWaiting = getDaysWaiting(record.submittedAt, now);
	const daysLeft = decisionDays - daysWaiting;

	return {
		reference: record.reference,
		applicant: record.application.applicant.fullName,
		agency: record.application.applicant.agency,
		level: record.application.level,
		status: record.status,
		submittedAt: record.submittedAt,
		daysWaiting,
		daysLeft,
		dueState: getDueState(record.status, daysLeft),
	};
}

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/** The queue's filters, as query parameters. */
export const QueueFilterSchema = z.object({
	status: z.preprocess(emptyToUndefined, z.enum(APPLICATION_STATUSES).optional()),
	level: z.preprocess(emptyToUndefined, LevelIdSchema.optional()),
	/** A name or a reference, in any case, with or without accents. */
	q: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
	sort: z.preprocess(emptyToUndefined, z.enum(['oldest', 'newest']).default('oldest')),
});
export type QueueFilter = z.infer<typeof QueueFilterSchema>;

/**
 * @param rows every row of the queue
 * @param filter status, level, search text and order
 * @returns the matching rows, oldest submission first unless asked otherwise
 */
export function filterQueue(rows: readonly QueueRow[], filter: QueueFilter): QueueRow[] {
	const query = filter.q ? foldForSearch(filter.q) : '';
	const matches = rows.filter(
		(row) =>
			(!filter.status || row.status === filter.status) &&
			(!filter.level || row.level === filter.level) &&
			(!query ||
				foldForSearch(row.applicant).includes(query) ||
				foldForSearch(row.reference).includes(query)),
	);
	const direction = filter.sort === 'newest' ? -1 : 1;

	return matches.sort(
		(a, b) =>
			direction *
			(a.submittedAt.localeCompare(b.submittedAt) || a.reference.localeCompare(b.reference)),
	);
}
