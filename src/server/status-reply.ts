/**
 * The applicant's reply to a request for more information: documents uploaded one by one through
 * /api/uploads (the same checks as the application's), then attached here to the application with
 * its reference and email address. The application goes back to the committee's queue.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { REFERENCE } from '../domain/application.ts';
import type { StoredDocument } from '../domain/application-record.ts';
import { MAX_FILES, MAX_TOTAL_BYTES, UPLOAD_ID } from '../domain/documents.ts';
import {
	attachUpload,
	type PendingUpload,
	readApplication,
	readPendingUpload,
	updateApplication,
} from './applications-store.ts';

export const StatusReplySchema = z.object({
	reference: z
		.string({ error: 'Enter your application reference, like SRO-2026-00042' })
		.trim()
		.toUpperCase()
		.pipe(z.string().regex(REFERENCE, 'Enter your application reference, like SRO-2026-00042')),
	email: z
		.string({ error: 'Enter the email address you applied with' })
		.trim()
		.toLowerCase()
		.pipe(z.email('Enter the email address you applied with')),
	documents: z
		.array(z.string().regex(UPLOAD_ID, 'Upload the document again'), {
			error: 'Upload at least one document',
		})
		.min(1, 'Upload at least one document')
		.max(10, 'Send 10 documents or fewer at once'),
	/** An optional word to the committee. */
	message: z.string().trim().max(2000, 'Keep your message under 2,000 characters').optional(),
});
export type StatusReply = z.infer<typeof StatusReplySchema>;

export type ReplyResult =
	| { outcome: 'received'; reference: string }
	/** Unknown reference and wrong email get the same answer, so neither can be guessed. */
	| { outcome: 'not-found' }
	| { outcome: 'not-waiting' }
	| { outcome: 'refused'; message: string };

const fingerprint = (text: string) =>
	createHash('sha256').update(text.trim().toLowerCase()).digest();

/**
 * @param reply the applicant's reference, email, upload ids and message
 * @param now the instant of the reply
 * @returns what happened
 */
export async function receiveStatusReply(reply: StatusReply, now: Date): Promise<ReplyResult> {
	const stored = await readApplication(reply.reference);
	const expected = fingerprint(stored?.record.application.applicant.email ?? '');
	if (!stored || !timingSafeEqual(expected, fingerprint(reply.email)))
		return { outcome: 'not-found' };
	if (stored.record.status !== 'more-information') return { outcome: 'not-waiting' };

	const uploads: PendingUpload[] = [];
	for (const id of new Set(reply.documents)) {
		const upload = await readPendingUpload(id);
		if (!upload)
			return {
				outcome: 'refused',
				message: 'One of the documents was not received. Upload it again.',
			};
		uploads.push(upload);
	}
	const { documents } = stored.record;
	const bytes = [...documents, ...uploads.map((upload) => upload.metadata)].reduce(
		(sum, item) => sum + item.size,
		0,
	);
	if (documents.length + uploads.length > MAX_FILES || bytes > MAX_TOTAL_BYTES) {
		return {
			outcome: 'refused',
			message: `An application can hold ${MAX_FILES} files and 30 MB in all. Write to the program address instead.`,
		};
	}

	const added: StoredDocument[] = uploads.map((upload, index) => ({
		id: upload.id,
		name: upload.metadata.name,
		type: upload.metadata.type,
		size: upload.metadata.size,
		path: `reply.${documents.length + index}`,
	}));
	// Files first, then the record: a failure in between leaves files nobody lists, never a
	// record listing files that are not there.
	for (const [index, upload] of uploads.entries())
		await attachUpload(reply.reference, upload, added[index]?.path ?? 'reply');

	const at = now.toISOString();
	let wasWaiting = false;
	await updateApplication(reply.reference, (record) => {
		wasWaiting = record.status === 'more-information';
		if (!wasWaiting) return null;

		record.documents.push(...added);
		record.status = 'submitted';
		record.statusChangedAt = at;
		const names = added.map((item) => item.name).join(', ');
		record.history.push({
			at,
			actor: 'applicant',
			action: 'documents-added',
			note: reply.message ? `${names}\n${reply.message}` : names,
		});

		return record;
	});

	return wasWaiting
		? { outcome: 'received', reference: reply.reference }
		: { outcome: 'not-waiting' };
}
