/**
 * Sends one email through Resend, or into the local outbox when RESEND_API_KEY is not set.
 *
 * A send counts as done only when the provider answers with a message id: an error answer
 * (429, 403 domain not verified, 500, bad key), a network failure, a timeout or an answer without
 * an id is a failure, returned (never thrown) so the caller records it and retries later.
 * Compose messages with email-messages.ts and record them with email-delivery.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resend } from 'resend';
import type { OutgoingEmail } from '../domain/application-record.ts';

export type { OutgoingEmail } from '../domain/application-record.ts';

export type SendResult =
	| { ok: true; messageId: string }
	| {
			ok: false;
			/** What went wrong, in the provider's words; never contains the message. */
			error: string;
			/** From a 429's retry-after header, when there was one. */
			retryAfterSeconds?: number;
	  };

export interface SendOptions {
	/** The same key for every try of one email, so the provider sends it at most once. */
	idempotencyKey: string;
}

/** Where local emails go; `npm start` prints it and `node scripts/serve.ts --fresh` clears it. */
export const getOutboxDir = () => resolve(process.env.OUTBOX_DIR ?? '.netlify/outbox');

/** Resend refuses a send from an unverified domain; production sets EMAIL_FROM to a verified one. */
const DEFAULT_FROM = 'Arkansas SRO Certificate Program <certificates@acss.example.org>';
const SEND_TIMEOUT_MS = 10_000;

/**
 * @param message the composed email
 * @param options the idempotency key shared by every try of this email
 * @returns the message id, or why it was not sent
 */
export async function sendEmail(message: OutgoingEmail, options: SendOptions): Promise<SendResult> {
	const apiKey = process.env.RESEND_API_KEY;
	if (!apiKey) return writeToOutbox(message, options);

	try {
		const resend = new Resend(apiKey);
		const { data, error, headers } = await resend.emails.send(
			{
				from: process.env.EMAIL_FROM ?? DEFAULT_FROM,
				to: message.to,
				subject: message.subject,
				text: message.text,
				html: message.html,
				...(message.replyTo ? { replyTo: message.replyTo } : {}),
			},
			{ idempotencyKey: options.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
		);
		if (error) {
			const retryAfter = Number(headers?.['retry-after']);

			return {
				ok: false,
				error: describeError(error.statusCode, error.name, error.message),
				...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
			};
		}
		if (!data?.id) {
			return { ok: false, error: 'The email provider answered without a message id.' };
		}

		return { ok: true, messageId: data.id };
	} catch (error) {
		const name = error instanceof Error ? error.name : 'Error';

		return { ok: false, error: `Sending failed before the provider answered (${name}).` };
	}
}

const describeError = (status: number | null | undefined, name: string, text: string) =>
	`${status ?? 'no status'} ${name}: ${text}`.slice(0, 300);

/**
 * Writes the email as one JSON file a developer can read. The file is named after the
 * idempotency key, so a retry replaces it instead of adding a second copy.
 */
async function writeToOutbox(message: OutgoingEmail, options: SendOptions): Promise<SendResult> {
	try {
		const dir = getOutboxDir();
		const file = `${options.idempotencyKey.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
		await mkdir(dir, { recursive: true });
		await writeFile(
			join(dir, file),
			`${JSON.stringify({ from: process.env.EMAIL_FROM ?? DEFAULT_FROM, ...message, sentAt: new Date().toISOString() }, null, 2)}\n`,
		);

		return { ok: true, messageId: `outbox:${file}` };
	} catch (error) {
		const name = error instanceof Error ? error.name : 'Error';

		return { ok: false, error: `Could not write to the local outbox (${name}).` };
	}
}
