/**
 * The daily housekeeping (functions/daily-housekeeping.ts): retries unsent emails, emails the
 * committee a digest of applications due within 7 days or overdue, and removes uploads that were
 * never attached to an application after 48 hours.
 */
import type { OutgoingEmail } from '../domain/application-record.ts';
import { toProgramDay } from '../domain/program-day.ts';
import { DUE_SOON_DAYS, makeQueueRow, type QueueRow } from '../domain/review-queue.ts';
import {
	deletePendingUpload,
	listApplicationReferences,
	listPendingUploads,
	readApplication,
	readPendingUploadMetadata,
} from './applications-store.ts';
import { getSettings } from './content.ts';
import { retryQueuedEmails, type RetrySummary } from './email-delivery.ts';
import { html, toSubject } from './email-html.ts';
import { sendEmail } from './email.ts';

/** Uploads not attached to an application by then belong to an abandoned form. */
export const PENDING_UPLOAD_MAX_AGE_MS = 48 * 60 * 60 * 1000;

export interface HousekeepingSummary {
	emails: RetrySummary;
	digest: { due: number; sent: boolean };
	removedUploads: number;
}

/**
 * @param rows the open applications due soon or overdue, most urgent first
 * @param siteUrl the public site's address
 * @param to the committee's address
 * @param day today's date in Arkansas, YYYY-MM-DD
 * @returns the digest email
 */
export function composeDigest(
	rows: readonly QueueRow[],
	siteUrl: string,
	to: string,
	day: string,
): OutgoingEmail {
	const overdue = rows.filter((row) => row.dueState === 'overdue').length;
	const subject = toSubject(
		`Applications due: ${overdue} overdue, ${rows.length - overdue} due within ${DUE_SOON_DAYS} days (${day})`,
	);
	const when = (row: QueueRow) =>
		row.daysLeft < 0 ? `overdue by ${-row.daysLeft} days` : `due in ${row.daysLeft} days`;
	const link = (row: QueueRow) => `${siteUrl}/review/application/?ref=${row.reference}`;
	const text = `Applications waiting on the committee that are overdue or due within ${DUE_SOON_DAYS} days, ${day}:

${rows.map((row) => `- ${row.reference}, ${row.applicant} (${row.level}): ${when(row)}\n  ${link(row)}`).join('\n')}

Review workspace: ${siteUrl}/review/
`;
	const body = html`<p>
			Applications waiting on the committee that are overdue or due within ${DUE_SOON_DAYS} days,
			${day}:
		</p>
		<ul>
			${rows.map((row) => html`<li><a href="${link(row)}">${row.reference}</a>, ${row.applicant} (${row.level}): ${when(row)}</li>`)}
		</ul>
		<p><a href="${siteUrl}/review/">Open the review workspace</a></p>`;

	return { to, subject, text, html: body.value };
}

/**
 * @param now the instant of this run
 * @param siteUrl the public site's address, for links in the digest
 * @returns what was done
 */
export async function runHousekeeping(now: Date, siteUrl: string): Promise<HousekeepingSummary> {
	const emails = await retryQueuedEmails(now);

	const settings = await getSettings();
	const stored = await Promise.all(
		(await listApplicationReferences()).map((reference) => readApplication(reference)),
	);
	const due = stored
		.flatMap((item) => (item ? [makeQueueRow(item.record, settings.decisionDays, now)] : []))
		.filter((row) => row.dueState === 'due-soon' || row.dueState === 'overdue')
		.sort((a, b) => a.daysLeft - b.daysLeft);
	let isDigestSent = false;
	if (due.length > 0) {
		const day = toProgramDay(now);
		// One digest a day: the key makes a second run on the same day a no-op at the provider and
		// overwrites the same outbox file. A failed digest is not retried; tomorrow's lists the same.
		const result = await sendEmail(composeDigest(due, siteUrl, settings.committeeEmail, day), {
			idempotencyKey: `digest-${day}`,
		});
		isDigestSent = result.ok;
		if (!result.ok)
			console.error(
				JSON.stringify({ msg: 'digest not sent', step: 'digest', error: result.error }),
			);
	}

	let removedUploads = 0;
	for (const id of await listPendingUploads()) {
		const metadata = await readPendingUploadMetadata(id);
		const uploadedAt = Date.parse(metadata?.uploadedAt ?? '');
		// An upload with unreadable metadata can never be attached either.
		if (
			!metadata ||
			Number.isNaN(uploadedAt) ||
			now.getTime() - uploadedAt > PENDING_UPLOAD_MAX_AGE_MS
		) {
			await deletePendingUpload(id);
			removedUploads += 1;
		}
	}

	return { emails, digest: { due: due.length, sent: isDigestSent }, removedUploads };
}
