/**
 * A reviewer's decision on an application: approve, deny or ask for more information.
 *
 * The reviewer decides on the version of the record they saw (its Blobs etag). The write is
 * conditional on that etag, so when two reviewers decide at once exactly one write lands and the
 * other gets `conflict` with the record as it now stands: never a silent overwrite. Every decision
 * appends who, when, what and the note to the history; nothing is ever removed from it.
 */
import { z } from 'zod';
import type { ApplicationRecord } from '../domain/application-record.ts';
import { toProgramDay } from '../domain/program-day.ts';
import { makeRosterChange } from '../domain/roster-change.ts';
import {
	readApplication,
	queueEmails,
	type StoredApplication,
	writeApplication,
} from './applications-store.ts';
import type { Reviewer } from './auth.ts';
import { allocateCertificateNumber } from './certificate-numbers.ts';
import { getLevel, getSettings } from './content.ts';
import { composeDecisionEmail } from './decision-emails.ts';
import { deliverEmails, makeEmailEntry } from './email-delivery.ts';
import { readRosterFiles } from './roster-files.ts';

const note = (message: string) =>
	z.string({ error: message }).trim().min(1, message).max(4000, 'Keep this under 4,000 characters');
/** The etag of the record the reviewer was looking at. */
const version = z.string({ error: 'Reload the application and decide again.' }).min(1);

export const DecisionSchema = z.discriminatedUnion(
	'action',
	[
		z
			.object({
				action: z.literal('approve'),
				version,
				note: z.string().trim().max(4000).optional(),
			})
			.strict(),
		z
			.object({ action: z.literal('deny'), version, note: note('Give the reason for the denial') })
			.strict(),
		z
			.object({
				action: z.literal('more-information'),
				version,
				note: note('Say what information the committee needs'),
			})
			.strict(),
	],
	{ error: 'Choose approve, deny or request more information' },
);
export type Decision = z.infer<typeof DecisionSchema>;

/** The history action each decision records, which is also the new status. */
const OUTCOME = {
	approve: 'approved',
	deny: 'denied',
	'more-information': 'more-information',
} as const;

export type DecideResult =
	| { outcome: 'decided'; stored: StoredApplication; emailSent: boolean }
	| { outcome: 'not-found' }
	/** Someone changed the record since the reviewer saw it; `current` is how it stands now. */
	| { outcome: 'conflict'; current: StoredApplication }
	/** Approved or denied already: those decisions are final. */
	| { outcome: 'final'; current: StoredApplication };

export interface DecideOptions {
	reference: string;
	decision: Decision;
	reviewer: Reviewer;
	now: Date;
	siteUrl: string;
}

const isFinal = (record: ApplicationRecord) =>
	record.status === 'approved' || record.status === 'denied';

/**
 * @returns what happened, with the record as stored afterwards
 */
export async function decideApplication({
	reference,
	decision,
	reviewer,
	now,
	siteUrl,
}: DecideOptions): Promise<DecideResult> {
	const stored = await readApplication(reference);
	if (!stored) return { outcome: 'not-found' };
	if (stored.etag !== decision.version) return { outcome: 'conflict', current: stored };
	if (isFinal(stored.record)) return { outcome: 'final', current: stored };

	const [level, settings] = await Promise.all([
		getLevel(stored.record.application.level),
		getSettings(),
	]);
	const next = structuredClone(stored.record);
	const at = now.toISOString();
	next.status = OUTCOME[decision.action];
	next.statusChangedAt = at;
	next.history.push({
		at,
		actor: reviewer.email || reviewer.id,
		action: OUTCOME[decision.action],
		...(decision.note ? { note: decision.note } : {}),
	});

	if (decision.action === 'approve') {
		const roster = await readRosterFiles();
		// A number given out here and then lost to a conflicting write leaves a gap in the sequence;
		// numbers stay unique, which is what the program needs.
		const certificateNumber = await allocateCertificateNumber({
			level: next.application.level,
			now,
			rosterNumbers: roster.flatMap((entry) =>
				entry.officer.certificates.map((item) => item.number),
			),
		});
		next.certificateNumber = certificateNumber;
		const change = makeRosterChange({
			record: next,
			certificateNumber,
			awarded: toProgramDay(now),
			roster,
		});
		const message = composeDecisionEmail({
			action: 'approve',
			record: next,
			level,
			settings,
			siteUrl,
			certificateNumber,
			pagePath: change.pagePath,
		});
		next.emails.push(makeEmailEntry('decision', 'applicant', message, now));
	} else {
		const message = composeDecisionEmail({
			action: decision.action,
			record: next,
			level,
			settings,
			siteUrl,
			note: decision.note,
		});
		next.emails.push(makeEmailEntry('decision', 'applicant', message, now));
	}

	// The queue marker goes first, so an email is retried even if this instance dies right after
	// the write; a marker left by a write that loses is cleared by the next retry round.
	await queueEmails(reference, now);
	const etag = await writeApplication(next, stored.etag);
	if (etag === null) {
		const current = await readApplication(reference);
		if (!current) return { outcome: 'not-found' };

		return { outcome: 'conflict', current };
	}

	const written = { record: next, etag };
	try {
		const delivery = await deliverEmails(written, now);

		return { outcome: 'decided', stored: delivery.stored, emailSent: delivery.failed.length === 0 };
	} catch (error) {
		// The decision is stored and its email queued: the daily retry sends it.
		console.error(
			JSON.stringify({
				msg: 'decision email not tried',
				step: 'deliver-decision',
				reference,
				error: error instanceof Error ? error.name : 'Error',
			}),
		);

		return { outcome: 'decided', stored: written, emailSent: false };
	}
}
