/**
 * What the review workspace shows for one application: every answer, the level's requirements
 * beside what the applicant supplied, the documents, the emails' state, the history, and once
 * approved the roster change to publish. `version` is the record's etag: a decision sends it back.
 */
import type { ApplicationRecord } from '../domain/application-record.ts';
import { toProgramDay } from '../domain/program-day.ts';
import { checkRequirements, type RequirementResult } from '../domain/requirements.ts';
import { makeQueueRow, type QueueRow } from '../domain/review-queue.ts';
import { makeRosterChange, type RosterChange } from '../domain/roster-change.ts';
import type { StoredApplication } from './applications-store.ts';
import { getLevel, getSettings } from './content.ts';
import { readRosterFiles } from './roster-files.ts';

export interface ApplicationDetail {
	version: string;
	row: QueueRow;
	level: { title: string; alias: string };
	/** The record without the emails' bodies, which repeat what the record already shows. */
	record: Omit<ApplicationRecord, 'emails'> & {
		emails: Array<
			Pick<
				ApplicationRecord['emails'][number],
				'kind' | 'recipient' | 'status' | 'attempts' | 'lastError' | 'updatedAt'
			>
		>;
	};
	requirements: RequirementResult[];
	rosterChange: RosterChange | null;
}

/**
 * @param stored the record and its etag
 * @param now the current instant, for the clock
 * @returns the detail view's data
 */
export async function getApplicationDetail(
	{ record, etag }: StoredApplication,
	now: Date,
): Promise<ApplicationDetail> {
	const [level, settings] = await Promise.all([getLevel(record.application.level), getSettings()]);
	const approvedOn = record.status === 'approved' ? toProgramDay(record.statusChangedAt) : null;
	const rosterChange =
		approvedOn && record.certificateNumber
			? makeRosterChange({
					record,
					certificateNumber: record.certificateNumber,
					awarded: approvedOn,
					roster: await readRosterFiles(),
				})
			: null;

	return {
		version: etag,
		row: makeQueueRow(record, settings.decisionDays, now),
		level: { title: level.title, alias: level.alias },
		record: {
			...record,
			emails: record.emails.map(({ kind, recipient, status, attempts, lastError, updatedAt }) => ({
				kind,
				recipient,
				status,
				attempts,
				updatedAt,
				...(lastError ? { lastError } : {}),
			})),
		},
		requirements: checkRequirements(level.rules, record.application),
		rosterChange,
	};
}
