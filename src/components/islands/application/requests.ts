/**
 * The browser's side of the contract in src/domain/api.ts: POST /api/uploads (one file per
 * request), POST /api/applications and POST /api/status. Every refusal is read into a message
 * and problems by path; a lost connection becomes a sentence too, never an endless spinner.
 */
import {
	type StatusResult,
	StatusResultSchema,
	SubmitResultSchema,
	type UploadResult,
	UploadResultSchema,
} from '../../../domain/api.ts';
import { type Problem, readRefusal } from './field-ids.ts';

export type UploadOutcome = { ok: true; file: UploadResult } | { ok: false; message: string };

export interface UploadRequest {
	outcome: Promise<UploadOutcome>;
	abort: () => void;
}

export type SubmitOutcome =
	| { ok: true; reference: string; receipt: 'sent' | 'queued' }
	| { ok: false; message: string; problems: Problem[]; requestId: string | undefined };

export type StatusOutcome =
	{ ok: true; status: StatusResult } | { ok: false; message: string; problems: Problem[] };

const OFFLINE = 'We could not reach the server. Check your connection and try again.';
const FAILED = 'Something went wrong on our side. Try again in a few minutes.';
const TOO_LARGE = 'This file is too large to upload: each file must be 4 MB or smaller.';

const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
};

/**
 * Sends one file. Uses XMLHttpRequest because fetch reports no upload progress.
 *
 * @param file the picked file
 * @param onProgress called with the share sent so far, from 0 to 100
 * @returns the answer to come, and a way to stop the upload
 */
export function sendFile(file: File, onProgress: (percent: number) => void): UploadRequest {
	const request = new XMLHttpRequest();
	const body = new FormData();
	body.append('file', file, file.name);

	const outcome = new Promise<UploadOutcome>((resolve) => {
		request.upload.addEventListener('progress', (event) => {
			if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
		});
		request.addEventListener('load', () => {
			const answer = parseJson(request.responseText);
			const uploaded = UploadResultSchema.safeParse(answer);
			if (request.status >= 200 && request.status < 300 && uploaded.success) {
				resolve({ ok: true, file: uploaded.data });
				return;
			}
			resolve({
				ok: false,
				message: readRefusal(answer, request.status === 413 ? TOO_LARGE : FAILED).message,
			});
		});
		request.addEventListener('error', () => resolve({ ok: false, message: OFFLINE }));
		request.addEventListener('abort', () =>
			resolve({ ok: false, message: 'The upload was stopped.' }),
		);
		request.open('POST', '/api/uploads');
		request.setRequestHeader('Accept', 'application/json');
		request.send(body);
	});

	return { outcome, abort: () => request.abort() };
}

/**
 * @param application the application, checked with the shared schema
 * @param website the honeypot field's value (empty for people)
 * @param idempotencyKey the draft's key, so a repeated send stores one application
 * @returns the reference, or the refusal
 */
export async function sendApplication(
	application: unknown,
	website: string,
	idempotencyKey: string,
): Promise<SubmitOutcome> {
	const response = await postJson(
		'/api/applications',
		{ application, website },
		{ 'Idempotency-Key': idempotencyKey },
	);
	if (!response) return { ok: false, message: OFFLINE, problems: [], requestId: undefined };

	const body = parseJson(await response.text());
	const submitted = SubmitResultSchema.safeParse(body);
	if (response.ok && submitted.success) return { ok: true, ...submitted.data };

	return { ok: false, ...readRefusal(body, FAILED) };
}

/**
 * @param reference the application reference
 * @param email the applicant's email address
 * @returns the status, or the refusal (an unknown pair gets the function's 404 message)
 */
export async function askStatus(reference: string, email: string): Promise<StatusOutcome> {
	const response = await postJson('/api/status', { reference, email }, {});
	if (!response) return { ok: false, message: OFFLINE, problems: [] };

	const body = parseJson(await response.text());
	const status = StatusResultSchema.safeParse(body);
	if (response.ok && status.success) return { ok: true, status: status.data };
	const { message, problems } = readRefusal(body, FAILED);

	return { ok: false, message, problems };
}

async function postJson(
	url: string,
	body: unknown,
	headers: Record<string, string>,
): Promise<Response | null> {
	try {
		return await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
			body: JSON.stringify(body),
		});
	} catch {
		return null;
	}
}
