/**
 * The contract between the application form (and /status/) and the functions under /api/.
 * The functions build their answers from these schemas and the islands can parse them, so the
 * shape lives in one place. Imports only zod and other domain modules.
 */
import { z } from 'zod';
import { APPLICATION_STATUSES } from './application.ts';
import { DocumentTypeSchema } from './documents.ts';

/** One problem with one field, by dotted path. Example: { path: 'applicant.email', message: 'Enter…' } */
export const FieldErrorSchema = z.object({
	/** Dotted path into the request body's `application`, or the name of a request part (`file`, `website`). */
	path: z.string(),
	message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** Every 4xx and 5xx answer from /api/ has this body. */
export const ErrorBodySchema = z.object({
	/** One plain sentence for the top of the error summary. */
	message: z.string(),
	/** Each problem by field; empty when the problem is not about a field. */
	errors: z.array(FieldErrorSchema),
	/** Quote it to the program if something keeps failing. */
	requestId: z.string(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** POST /api/uploads answers 201 with this. */
export const UploadResultSchema = z.object({
	/** Put it in the application where the document belongs. Example: upl_3f2aQ9… */
	id: z.string(),
	/** The stored name (NFC, path-safe, at most 120 characters), to show back to the officer. */
	name: z.string(),
	type: DocumentTypeSchema,
	size: z.number().int(),
});
export type UploadResult = z.infer<typeof UploadResultSchema>;

/**
 * POST /api/applications takes this JSON body, with an `Idempotency-Key` header (a random UUID
 * made once per application draft) so a double submit stores one application.
 */
export interface SubmitRequest {
	/** The application, as ApplicationSchema accepts it. */
	application: unknown;
	/** Honeypot: a field people never see; it must be empty or absent. */
	website?: string;
}

/**
 * POST /api/applications answers 201 with this (200 for a replay of the same Idempotency-Key).
 * `receipt` is `sent` only when the receipt email really went out; otherwise `queued`, and the
 * form says the email will follow.
 */
export const SubmitResultSchema = z.object({
	reference: z.string(),
	receipt: z.enum(['sent', 'queued']),
});
export type SubmitResult = z.infer<typeof SubmitResultSchema>;

/** POST /api/status takes this JSON body; POST so the email address never goes in a URL. */
export interface StatusRequest {
	reference: string;
	email: string;
}

/**
 * POST /api/status answers 200 with this; a wrong pair and an unknown reference both get the
 * same 404 error body.
 */
export const StatusResultSchema = z.object({
	reference: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	/** The status in plain words. Example: Waiting for the committee's decision */
	statusLabel: z.string(),
	/** The calendar day (in Arkansas) the status last changed, as YYYY-MM-DD. */
	since: z.string(),
	/**
	 * The day of the decision clock, 1 on the day of submission; it stops on the day of the
	 * decision. Days waiting for the applicant's answer to a request for information count too.
	 */
	day: z.number().int(),
	/** The decision time from settings. Example: 30 */
	decisionDays: z.number().int(),
	/** The clock in words. Example: Day 12 of about 30 */
	clock: z.string(),
});
export type StatusResult = z.infer<typeof StatusResultSchema>;
