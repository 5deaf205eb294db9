/**
 * POST /api/applications: checks an application, stores it with its documents under a new
 * reference, then sends the receipt and the committee notice.
 *
 * The application is stored before any email is tried, and a failed email never fails the
 * submission: it is recorded on the application and retried by functions/retry-emails.ts.
 * An Idempotency-Key makes a repeated send (a double click, a retry after a lost answer, even
 * with a field changed since) answer with the first reference and store nothing new.
 */
import { z } from 'zod';
import type { SubmitResult } from '../domain/api.ts';
import { type Application, ApplicationSchema } from '../domain/application.ts';
import type { ApplicationRecord } from '../domain/application-record.ts';
import {
	checkLevelRules,
	checkSequence,
	collectDocuments,
	type DocumentsResult,
} from './application-checks.ts';
import {
	allocateReference,
	attachUpload,
	type IdempotencyClaim,
	claimIdempotencyKey,
	completeIdempotencyKey,
	createApplication,
	queueEmails,
	readApplication,
	releaseIdempotencyKey,
	type StoredApplication,
} from './applications-store.ts';
import { getLevel, getSettings } from './content.ts';
import { deliverEmails, makeEmailEntry } from './email-delivery.ts';
import { composeCommitteeNotice, composeReceipt } from './email-messages.ts';
import {
	errorResponse,
	firstPerField,
	getRequestId,
	jsonResponse,
	logFailure,
	type RequestContext,
	readJsonBody,
	serverError,
	toFieldErrors,
} from './http.ts';
import { withKeyedLock } from './keyed-lock.ts';

/** A full application is a few kilobytes; documents travel separately. */
export const MAX_BODY_BYTES = 256 * 1024;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;
/** How long a repeat waits for the first request with its key to finish. */
const WAIT_FOR_FIRST_MS = 5_000;

const EnvelopeSchema = z.strictObject({
	application: z.unknown(),
	/** The honeypot: hidden from people, filled in by form-filling robots. */
	website: z.string().max(500).optional(),
});

/** Said to a filled honeypot: nothing that tells a robot which field gave it away. */
const HONEYPOT_MESSAGE =
	'We could not accept this application. Reload the page and send it again; if this keeps happening, email the program.';

export interface SubmitOptions {
	/** The submission instant; tests pass one to pin the reference's year. */
	now?: Date;
}

export async function handleSubmit(
	request: Request,
	context: RequestContext,
	options: SubmitOptions = {},
): Promise<Response> {
	const requestId = getRequestId(context);
	const now = options.now ?? new Date();

	if (request.method !== 'POST') {
		return errorResponse(405, 'Send the application with POST.', [], requestId, { allow: 'POST' });
	}

	const key = request.headers.get('idempotency-key');
	if (key !== null && !IDEMPOTENCY_KEY.test(key)) {
		const message = 'The Idempotency-Key header must be 8 to 200 letters, digits or - _ . :';

		return errorResponse(400, message, [{ path: 'Idempotency-Key', message }], requestId);
	}

	const body = await readJsonBody(request, MAX_BODY_BYTES, requestId);
	if (!body.ok) return body.response;

	const envelope = EnvelopeSchema.safeParse(body.value);
	if (!envelope.success) {
		return errorResponse(
			400,
			'The request must be a JSON object with the application in "application".',
			toFieldErrors(envelope.error),
			requestId,
		);
	}

	if (envelope.data.website) {
		logFailure({ msg: 'honeypot filled', requestId, step: 'honeypot' });

		return errorResponse(400, HONEYPOT_MESSAGE, [], requestId);
	}

	try {
		const submit = () => submitOnce(envelope.data.application, key, now, requestId);

		return key ? await withKeyedLock(`submit:${key}`, submit) : await submit();
	} catch (error) {
		logFailure({ msg: 'submit failed', requestId, step: 'submit', error });

		return serverError(requestId);
	}
}

/** The steps after the request is read, run once per Idempotency-Key at a time in this process. */
async function submitOnce(
	input: unknown,
	key: string | null,
	now: Date,
	requestId: string,
): Promise<Response> {
	const settings = await getSettings();
	if (!settings.applicationsOpen) {
		return errorResponse(
			403,
			`The program is not taking applications at the moment. Write to ${settings.contactEmail} to ask when it opens again.`,
			[],
			requestId,
		);
	}

	// The key is claimed while the application is checked: neither needs the other's answer.
	const [claim, checked] = await Promise.all([
		key ? waitForClaim(key, now) : null,
		checkApplication(input, requestId),
	]);
	if (claim?.state === 'done') return answerRepeat(claim.reference);
	if (claim?.state === 'in-progress') {
		return errorResponse(
			409,
			'This application is already being sent. Wait a few seconds and send it again; you will get the same reference.',
			[],
			requestId,
			{ 'retry-after': '2' },
		);
	}
	if (!checked.ok) {
		if (key) await releaseIdempotencyKey(key);

		return checked.response;
	}

	let stored: StoredApplication;
	try {
		stored = await storeApplication(checked, now);
	} catch (error) {
		// Nothing usable was stored: free the key so the officer's next try can go through.
		if (key) await releaseIdempotencyKey(key).catch(() => undefined);
		throw error;
	}
	const { reference } = stored.record;
	const [receipt] = await Promise.all([
		sendFirstEmails(stored, requestId),
		// The application is stored whatever happens here; a lost key only weakens a later repeat.
		key
			? completeIdempotencyKey(key, now, reference).catch((error: unknown) =>
					logFailure({
						msg: 'idempotency key not completed',
						requestId,
						step: 'idempotency',
						error,
					}),
				)
			: undefined,
	]);
	const result: SubmitResult = { reference, receipt };

	return jsonResponse(201, result);
}

interface CheckedApplication {
	ok: true;
	application: Application;
	uploads: Extract<DocumentsResult, { ok: true }>['uploads'];
}

/** Validates the schema, then the level's rules, the sequence rule and the documents. */
async function checkApplication(
	input: unknown,
	requestId: string,
): Promise<CheckedApplication | { ok: false; response: Response }> {
	const refuse = (errors: ReturnType<typeof toFieldErrors>) => ({
		ok: false as const,
		response: errorResponse(
			400,
			errors.length === 1
				? 'There is a problem with the application: correct it and send it again.'
				: `There are ${errors.length} problems with the application: correct them and send it again.`,
			errors,
			requestId,
		),
	});

	const parsed = ApplicationSchema.safeParse(input);
	if (!parsed.success) return refuse(firstPerField(toFieldErrors(parsed.error)));

	const application = parsed.data;
	const level = await getLevel(application.level);
	const [sequence, documents] = await Promise.all([
		checkSequence(level, application, await getSettings()),
		collectDocuments(application),
	]);
	// Several rules can name one section (training): each keeps its line, as in the form.
	const errors = [
		...checkLevelRules(level, application),
		...firstPerField([...sequence, ...(documents.ok ? [] : documents.errors)]),
	];
	if (errors.length > 0 || !documents.ok) return refuse(errors);

	return { ok: true, application, uploads: documents.uploads };
}

/** Gives the application its reference, moves its documents under it and stores it. */
async function storeApplication(
	checked: CheckedApplication,
	now: Date,
): Promise<StoredApplication> {
	const { application, uploads } = checked;
	const [reference, level, settings] = await Promise.all([
		allocateReference(now),
		getLevel(application.level),
		getSettings(),
	]);
	await Promise.all(uploads.map(({ upload, path }) => attachUpload(reference, upload, path)));

	const at = now.toISOString();
	const record: ApplicationRecord = {
		reference,
		submittedAt: at,
		status: 'submitted',
		statusChangedAt: at,
		application,
		documents: uploads.map(({ upload, path }) => ({
			id: upload.id,
			name: upload.metadata.name,
			type: upload.metadata.type,
			size: upload.metadata.size,
			path,
		})),
		emails: [],
		history: [{ at, actor: 'applicant', action: 'submitted' }],
	};
	record.emails = [
		makeEmailEntry('receipt', 'applicant', composeReceipt({ record, level, settings }), now),
		makeEmailEntry(
			'committee-notice',
			'committee',
			composeCommitteeNotice({ record, level, settings }),
			now,
		),
	];

	const [etag] = await Promise.all([createApplication(record), queueEmails(reference, now)]);
	if (etag === null)
		throw new Error(`Reference ${reference} was already taken; the counter is out of step.`);

	return { record, etag };
}

/**
 * Tries the receipt and the committee notice once. Any failure here leaves the application
 * stored with its emails queued for the scheduled retry; the officer is told "queued".
 */
async function sendFirstEmails(
	stored: StoredApplication,
	requestId: string,
): Promise<SubmitResult['receipt']> {
	try {
		const { stored: after } = await deliverEmails(stored, new Date());
		const receipt = after.record.emails.find((email) => email.kind === 'receipt');

		return receipt?.status === 'sent' ? 'sent' : 'queued';
	} catch (error) {
		logFailure({ msg: 'first email round failed', requestId, step: 'send-emails', error });

		return 'queued';
	}
}

/**
 * Claims the key, or waits a little while another request holding it finishes.
 *
 * @returns `claimed` to go ahead, `done` with the first request's reference, or `in-progress`
 *   when the first request is still at work after WAIT_FOR_FIRST_MS
 */
async function waitForClaim(key: string, now: Date): Promise<IdempotencyClaim> {
	const deadline = Date.now() + WAIT_FOR_FIRST_MS;
	let claim = await claimIdempotencyKey(key, now);
	while (claim.state === 'in-progress' && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 200));
		claim = await claimIdempotencyKey(key, new Date());
	}

	return claim;
}

/** Answers a repeat of a stored application: its reference, and whether its receipt went out. */
async function answerRepeat(reference: string): Promise<Response> {
	const stored = await readApplication(reference);
	const receipt = stored?.record.emails.find((email) => email.kind === 'receipt');
	const result: SubmitResult = {
		reference,
		receipt: receipt?.status === 'sent' ? 'sent' : 'queued',
	};

	return jsonResponse(200, result);
}
