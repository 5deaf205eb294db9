/**
 * The one answer shape of every /api/ function, the JSON body reader and the failure log line.
 */
import type { Context } from '@netlify/functions';
import type { z } from 'zod';
import type { ErrorBody, FieldError } from '../domain/api.ts';

/** What the handlers need from Netlify's context; tests pass a plain object. */
export type RequestContext = Pick<Context, 'requestId'> & Partial<Pick<Context, 'ip'>>;

const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** @returns a JSON answer that no cache keeps */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
	return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * @param status a 4xx or 5xx status
 * @param message one plain sentence for the top of the error summary
 * @param errors each problem by field path
 * @returns the error answer every /api/ function gives
 */
export function errorResponse(
	status: number,
	message: string,
	errors: FieldError[],
	requestId: string,
	headers: HeadersInit = {},
): Response {
	const body: ErrorBody = { message, errors, requestId };

	return jsonResponse(status, body, headers);
}

export const getRequestId = (context: RequestContext) => context.requestId || crypto.randomUUID();

/**
 * Logs one JSON line about a failure. Never pass a name, email, document or request body:
 * only our own step names, ids and error class names.
 */
export function logFailure(fields: {
	msg: string;
	requestId: string;
	step: string;
	error?: unknown;
	[key: string]: unknown;
}): void {
	const { error, ...rest } = fields;
	const line: Record<string, unknown> = { ...rest };
	if (error !== undefined) line.error = describeError(error);
	console.error(JSON.stringify(line));
}

/**
 * Our own errors say what failed without user data; a library's message might quote input
 * (JSON.parse does), so only the class names of a chain go in the log, with our messages.
 */
function describeError(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && depth < 4; depth++) {
		if (!(current instanceof Error)) {
			parts.push(typeof current);
			break;
		}
		parts.push(current.name);
		current = current.cause;
	}

	return parts.join(' <- ');
}

export const SERVER_ERROR_MESSAGE =
	'Something went wrong on our side and nothing was changed. Please try again in a few minutes; if it keeps happening, email the program and quote the request ID.';

/** The answer to an unexpected failure: a plain sentence and the request ID, nothing else. */
export function serverError(requestId: string): Response {
	return errorResponse(500, SERVER_ERROR_MESSAGE, [], requestId);
}

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON request body of at most `maxBytes`, refusing a wrong content type (415), a body
 * that is too large (413, checked on the declared length and again while reading) and malformed
 * JSON (400), each with the error body.
 */
export async function readJsonBody(
	request: Request,
	maxBytes: number,
	requestId: string,
): Promise<BodyResult<unknown>> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) {
		return {
			ok: false,
			response: errorResponse(
				415,
				'Send the request as JSON, with the Content-Type header application/json.',
				[],
				requestId,
			),
		};
	}

	const tooLarge = () =>
		errorResponse(
			413,
			`The request is larger than ${Math.round(maxBytes / 1024)} KB, which no application needs. Upload documents separately, then send the form.`,
			[],
			requestId,
		);
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, response: tooLarge() };

	let bytes: Uint8Array | null;
	try {
		bytes = await readLimited(request, maxBytes);
	} catch {
		// The connection dropped or the body stream broke: nothing was read, so nothing happened.
		return {
			ok: false,
			response: errorResponse(
				400,
				'The request was cut off before it arrived. Check your connection and send it again.',
				[],
				requestId,
			),
		};
	}
	if (!bytes) return { ok: false, response: tooLarge() };

	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);

		return { ok: true, value: JSON.parse(text) };
	} catch {
		return {
			ok: false,
			response: errorResponse(
				400,
				'The request is not valid JSON. Reload the page and send the form again.',
				[],
				requestId,
			),
		};
	}
}

/** @returns the body's bytes, or null as soon as it passes `maxBytes` */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | null> {
	if (!request.body) return new Uint8Array();

	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();

			return null;
		}
		chunks.push(value);
	}

	return Buffer.concat(chunks);
}

/**
 * Turns zod's issues into one plain message per field path. Unknown fields are listed one by one.
 *
 * @param error the failed parse
 * @param prefix path segments to drop from the front (the request envelope's `application`)
 */
export function toFieldErrors(
	error: z.ZodError,
	prefix: readonly PropertyKey[] = [],
): FieldError[] {
	const errors: FieldError[] = [];
	for (const issue of error.issues) {
		const path = issue.path.slice(prefix.length).map(String);
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				errors.push({
					path: [...path, key].join('.'),
					message: 'This field is not part of the application; remove it and send again',
				});
			}
			continue;
		}
		errors.push({ path: path.join('.'), message: issue.message });
	}

	return errors;
}

/** Drops repeated messages for the same field, keeping the first (the most basic problem). */
export function firstPerField(errors: FieldError[]): FieldError[] {
	const seen = new Set<string>();

	return errors.filter((error) => {
		if (seen.has(error.path)) return false;
		seen.add(error.path);

		return true;
	});
}
