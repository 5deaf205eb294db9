/**
 * An application as stored in Netlify Blobs (store `applications`, key `applications/<reference>`):
 * what the officer sent, the documents moved under it, every email tried for it and an
 * append-only history. The submit function creates it, the review workspace moves it on, and the
 * email retry routine updates its emails; all of them write it with `onlyIfMatch`, so two writers
 * never silently overwrite each other.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES, ApplicationSchema, REFERENCE } from './application.ts';
import { DocumentTypeSchema, UPLOAD_ID } from './documents.ts';
import { CertificateNumberSchema } from './roster.ts';

/** An ISO 8601 instant in UTC. Example: 2026-12-03T18:54:33.123Z */
export const InstantSchema = z.iso.datetime({ offset: false });

export const ReferenceSchema = z
	.string({ error: 'Enter your application reference, like SRO-2026-00042' })
	.trim()
	.toUpperCase()
	.pipe(z.string().regex(REFERENCE, 'Enter your application reference, like SRO-2026-00042'));

/** A document the officer uploaded, stored under the application. */
export const StoredDocumentSchema = z.object({
	/** The upload id, also the file's key under the application. Example: upl_3f2aQ9… */
	id: z.string().regex(UPLOAD_ID),
	/** The file name as the officer's device sent it: NFC, path-safe, at most 120 characters. */
	name: z.string().min(1),
	/** The type found in the file's bytes (never the declared type). */
	type: DocumentTypeSchema,
	/** Size in bytes. */
	size: z.number().int().positive(),
	/** Where in the application the document is attached, as a dotted path. Example: training.2.document */
	path: z.string().min(1),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

export const EMAIL_KINDS = ['receipt', 'committee-notice', 'decision'] as const;
export const EMAIL_STATUSES = ['sent', 'pending', 'failed'] as const;
export const EMAIL_RECIPIENTS = ['applicant', 'committee'] as const;

/** The message itself, kept so a retry sends exactly what was composed the first time. */
export const OutgoingEmailSchema = z.object({
	to: z.string().min(3),
	subject: z.string().min(1),
	text: z.string(),
	html: z.string(),
	replyTo: z.string().optional(),
});
export type OutgoingEmail = z.infer<typeof OutgoingEmailSchema>;

/**
 * One email about the application. `pending`: not tried yet; `failed`: the last try failed and
 * the retry routine tries again from `nextAttemptAt` until `MAX_EMAIL_ATTEMPTS`; `sent`: the
 * provider answered with a message id (or the local outbox holds it).
 */
export const EmailEntrySchema = z.object({
	/** Stable id, also the provider's idempotency key, so a retry never sends twice. Example: eml_k2… */
	id: z.string().min(1),
	kind: z.enum(EMAIL_KINDS),
	/** Who it goes to, by role; the address is in `message.to`. */
	recipient: z.enum(EMAIL_RECIPIENTS),
	status: z.enum(EMAIL_STATUSES),
	attempts: z.number().int().min(0),
	/** Why the last try failed, in the provider's words, without personal data. */
	lastError: z.string().optional(),
	/** The provider's id for the sent message, or `outbox:<file>` for the local outbox. */
	messageId: z.string().optional(),
	updatedAt: InstantSchema,
	/** Not before this instant, for example after a 429 with retry-after. */
	nextAttemptAt: InstantSchema.optional(),
	message: OutgoingEmailSchema,
});
export type EmailEntry = z.infer<typeof EmailEntrySchema>;

/** One line of the append-only history. */
export const HistoryEntrySchema = z.object({
	at: InstantSchema,
	/** `applicant`, `system`, or the reviewer's email address. */
	actor: z.string().min(1),
	/** What happened. Examples: submitted, email-sent, email-failed, approved, denied, more-information */
	action: z.string().min(1),
	/** Free text: the denial reason, the information asked for, an email error. */
	note: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const ApplicationRecordSchema = z.object({
	/** Example: SRO-2026-00042 */
	reference: z.string().regex(REFERENCE),
	submittedAt: InstantSchema,
	status: z.enum(APPLICATION_STATUSES),
	statusChangedAt: InstantSchema,
	/** The application as validated by ApplicationSchema (its output: trimmed, NFC, canonical numbers). */
	application: ApplicationSchema,
	documents: z.array(StoredDocumentSchema),
	emails: z.array(EmailEntrySchema),
	history: z.array(HistoryEntrySchema),
	/** Set when the committee approves. Example: ACSS-2-2026-0007 */
	certificateNumber: CertificateNumberSchema.optional(),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecordSchema>;
