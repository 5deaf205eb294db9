/**
 * Sends an application's unsent emails and records each outcome on the application.
 *
 * The order that keeps nothing lost: the application (with its emails as `pending`) and its
 * email-queue marker are stored first; then the emails are tried; then the results are written
 * back and the marker is removed once nothing is left to send. A crash anywhere leaves the
 * marker, and `retryQueuedEmails` (run on a schedule) picks the application up again.
 *
 * Issue a decision email the same way: add an entry with `makeEmailEntry` through
 * `updateApplication`, call `queueEmails`, then `deliverEmails`.
 */
import { randomBytes } from 'node:crypto';
import type { ApplicationRecord, EmailEntry, OutgoingEmail } from '../domain/application-record.ts';
import {
	listQueuedEmails,
	readApplication,
	type StoredApplication,
	unqueueEmails,
	updateApplication,
} from './applications-store.ts';
import { type SendResult, sendEmail } from './email.ts';

/** After this many tries an email stays `failed` and the committee sees it in the review workspace. */
export const MAX_EMAIL_ATTEMPTS = 8;
/** Waits after the 1st, 2nd, … failure, unless the provider asked for longer. */
const RETRY_DELAYS_MINUTES = [1, 5, 15, 60, 180, 360, 720];

/**
 * @param kind what the email is for
 * @param recipient who it goes to, by role
 * @param message the composed email
 * @param now when it was composed
 * @returns a new, pending email entry for an application record
 */
export function makeEmailEntry(
	kind: EmailEntry['kind'],
	recipient: EmailEntry['recipient'],
	message: OutgoingEmail,
	now: Date,
): EmailEntry {
	return {
		id: `eml_${randomBytes(12).toString('base64url')}`,
		kind,
		recipient,
		status: 'pending',
		attempts: 0,
		updatedAt: now.toISOString(),
		message,
	};
}

/** @returns whether the email still needs a try at `now` */
export function isDue(email: EmailEntry, now: Date): boolean {
	if (email.status === 'sent' || email.attempts >= MAX_EMAIL_ATTEMPTS) return false;

	return !email.nextAttemptAt || Date.parse(email.nextAttemptAt) <= now.getTime();
}

const hasUnsent = (record: ApplicationRecord) =>
	record.emails.some((email) => email.status !== 'sent' && email.attempts < MAX_EMAIL_ATTEMPTS);

const nextAttemptAt = (attempts: number, result: SendResult, now: Date) => {
	const minutes =
		RETRY_DELAYS_MINUTES[Math.min(attempts - 1, RETRY_DELAYS_MINUTES.length - 1)] ?? 1;
	const providerSeconds = result.ok ? 0 : (result.retryAfterSeconds ?? 0);
	const waitMs = Math.max(minutes * 60_000, providerSeconds * 1000);

	return new Date(now.getTime() + waitMs).toISOString();
};

/** Folds one send result into the record: the email's state and a history line. */
function recordResult(
	record: ApplicationRecord,
	emailId: string,
	result: SendResult,
	now: Date,
): ApplicationRecord {
	const email = record.emails.find((entry) => entry.id === emailId);
	if (!email || email.status === 'sent') return record;

	email.attempts += 1;
	email.updatedAt = now.toISOString();
	if (result.ok) {
		email.status = 'sent';
		email.messageId = result.messageId;
		delete email.lastError;
		delete email.nextAttemptAt;
		record.history.push({
			at: email.updatedAt,
			actor: 'system',
			action: 'email-sent',
			note: email.kind,
		});

		return record;
	}

	email.status = 'failed';
	email.lastError = result.error;
	email.nextAttemptAt = nextAttemptAt(email.attempts, result, now);
	record.history.push({
		at: email.updatedAt,
		actor: 'system',
		action: 'email-failed',
		note: `${email.kind}: ${result.error}`,
	});

	return record;
}

export interface DeliveryResult {
	stored: StoredApplication;
	/** The state of each email after this round, by id. */
	sent: string[];
	failed: string[];
}

/**
 * Tries every email of the application that is due, at once, and records the outcomes.
 *
 * @param stored the record and etag as the caller last read or wrote them
 * @param now the instant of this round
 * @returns the record as stored afterwards, and which emails were sent or failed
 */
export async function deliverEmails(stored: StoredApplication, now: Date): Promise<DeliveryResult> {
	const due = stored.record.emails.filter((email) => isDue(email, now));
	const results = await Promise.all(
		due.map(async (email) => ({
			id: email.id,
			result: await sendEmail(email.message, {
				idempotencyKey: `${stored.record.reference}-${email.id}`,
			}),
		})),
	);

	const updated =
		results.length === 0
			? stored
			: await updateApplication(
					stored.record.reference,
					(record) =>
						results.reduce((next, { id, result }) => recordResult(next, id, result, now), record),
					stored,
				);
	if (!updated)
		throw new Error(`Application ${stored.record.reference} disappeared while sending its emails.`);

	if (!hasUnsent(updated.record)) await unqueueEmails(updated.record.reference);

	return {
		stored: updated,
		sent: results.filter(({ result }) => result.ok).map(({ id }) => id),
		failed: results.filter(({ result }) => !result.ok).map(({ id }) => id),
	};
}

export interface RetrySummary {
	/** Applications looked at. */
	applications: number;
	sent: number;
	failed: number;
	/** Applications that could not be read or written this round. */
	errors: number;
}

/**
 * Sends every queued email that is due. The scheduled function functions/retry-emails.ts runs it,
 * and the review workspace's daily housekeeping may too: running it twice at once is safe, as the
 * provider's idempotency key stops a second copy and the record is written with `onlyIfMatch`.
 *
 * @param now the instant of this round
 * @returns how many applications were looked at and emails sent or failed
 */
export async function retryQueuedEmails(now: Date): Promise<RetrySummary> {
	const summary: RetrySummary = { applications: 0, sent: 0, failed: 0, errors: 0 };

	for (const reference of await listQueuedEmails()) {
		summary.applications += 1;
		try {
			const stored = await readApplication(reference);
			if (!stored) {
				await unqueueEmails(reference);
				continue;
			}

			const { sent, failed } = await deliverEmails(stored, now);
			summary.sent += sent.length;
			summary.failed += failed.length;
		} catch (error) {
			// One broken application must not stop the others' emails.
			summary.errors += 1;
			console.error(
				JSON.stringify({
					msg: 'email retry failed',
					step: 'retry-emails',
					reference,
					error: error instanceof Error ? error.name : 'Error',
				}),
			);
		}
	}

	return summary;
}
