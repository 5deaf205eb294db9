/**
 * POST /api/status: what an applicant may learn with their reference and email address, which
 * is only the status, its date and the decision clock. A wrong pair gets exactly the answer an
 * unknown reference gets, so the endpoint cannot confirm who applied.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { StatusResult } from '../domain/api.ts';
import type { ApplicationStatus } from '../domain/application.ts';
import { ReferenceSchema } from '../domain/application-record.ts';
import { PROGRAM_TIME_ZONE, readApplication } from './applications-store.ts';
import { getSettings } from './content.ts';
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

const MAX_BODY_BYTES = 4 * 1024;

const StatusRequestSchema = z.strictObject({
	reference: ReferenceSchema,
	email: z
		.string({ error: 'Enter the email address you applied with' })
		.trim()
		.min(3, 'Enter the email address you applied with')
		.max(254, 'Enter the email address you applied with'),
});

const NOT_FOUND =
	'We could not find an application with that reference and email address. Check both against your receipt email and try again.';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
	submitted: 'Waiting for the committee’s decision',
	'more-information': 'The committee has asked you for more information',
	approved: 'Approved',
	denied: 'Not approved',
};

const CALENDAR_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: PROGRAM_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

/** @returns the calendar day in Arkansas at that instant, as YYYY-MM-DD */
export const toProgramDay = (instant: Date) => CALENDAR_DAY.format(instant);

const fingerprint = (email: string) =>
	createHash('sha256').update(email.normalize('NFC').trim().toLowerCase()).digest();

/**
 * @param submittedAt when the application arrived
 * @param end now, or the instant of the decision
 * @returns the day of the clock, 1 on the day of submission (Arkansas calendar days)
 */
export function getClockDay(submittedAt: Date, end: Date): number {
	const days = differenceInCalendarDays(
		parseISO(toProgramDay(end)),
		parseISO(toProgramDay(submittedAt)),
	);

	return Math.max(1, days + 1);
}

export async function handleStatus(
	request: Request,
	context: RequestContext,
	now: Date = new Date(),
): Promise<Response> {
	const requestId = getRequestId(context);

	if (request.method !== 'POST') {
		return errorResponse(405, 'Ask for a status with POST.', [], requestId, { allow: 'POST' });
	}

	const body = await readJsonBody(request, MAX_BODY_BYTES, requestId);
	if (!body.ok) return body.response;

	const parsed = StatusRequestSchema.safeParse(body.value);
	if (!parsed.success) {
		return errorResponse(
			400,
			'Enter your application reference and the email address you applied with.',
			firstPerField(toFieldErrors(parsed.error)),
			requestId,
		);
	}

	try {
		const { reference, email } = parsed.data;
		const [stored, settings] = await Promise.all([readApplication(reference), getSettings()]);
		// Compared in constant time, and also when there is no application, so the answer's timing
		// says as little as its body about whether the reference exists.
		const expected = fingerprint(stored?.record.application.applicant.email ?? '');
		const isMatch = timingSafeEqual(expected, fingerprint(email)) && stored !== null;
		if (!stored || !isMatch) return errorResponse(404, NOT_FOUND, [], requestId);

		const { record } = stored;
		const isDecided = record.status === 'approved' || record.status === 'denied';
		const statusChangedAt = new Date(record.statusChangedAt);
		const day = getClockDay(new Date(record.submittedAt), isDecided ? statusChangedAt : now);
		const result: StatusResult = {
			reference: record.reference,
			status: record.status,
			statusLabel: STATUS_LABELS[record.status],
			since: toProgramDay(statusChangedAt),
			day,
			decisionDays: settings.decisionDays,
			clock: isDecided
				? `Decided on day ${day} of about ${settings.decisionDays}`
				: `Day ${day} of about ${settings.decisionDays}`,
		};

		return jsonResponse(200, result);
	} catch (error) {
		logFailure({ msg: 'status look-up failed', requestId, step: 'read-status', error });

		return serverError(requestId);
	}
}
