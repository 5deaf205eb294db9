/**
 * The review islands' calls to /api/review/. Requests carry the session cookie (same origin);
 * state-changing ones also carry the page's Origin, which the functions check.
 */
import type { ApplicationStatus } from '../../../domain/application.ts';
import type { QueueRow } from '../../../domain/review-queue.ts';
import type { ApplicationDetail } from '../../../server/review-detail.ts';

export type { ApplicationDetail, QueueRow };

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
	submitted: 'Waiting for review',
	'more-information': 'More information requested',
	approved: 'Approved',
	denied: 'Denied',
};

export const LEVEL_LABELS = {
	basic: 'Basic',
	intermediate: 'Intermediate',
	advanced: 'Advanced',
	senior: 'Senior',
} as const;

export interface Reviewer {
	id: string;
	email: string;
	name: string;
}

/** A failed call, with the sentence the function sent and its status. */
export class ReviewApiError extends Error {
	override name = 'ReviewApiError';
	readonly status: number;
	readonly body: unknown;

	constructor(message: string, status: number, body: unknown) {
		super(message);
		this.status = status;
		this.body = body;
	}
}

/**
 * @param path a path under /api/
 * @param init fetch options
 * @returns the JSON answer; throws ReviewApiError on a 4xx or 5xx
 */
export async function callReviewApi<T>(path: string, init: RequestInit = {}): Promise<T> {
	const response = await fetch(path, { credentials: 'same-origin', cache: 'no-store', ...init });
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) {
		const message =
			body && typeof body === 'object' && 'error' in body && typeof body.error === 'string'
				? body.error
				: 'The review workspace could not answer. Try again in a moment.';
		throw new ReviewApiError(message, response.status, body);
	}

	return body as T;
}

const DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'America/Chicago' });
const DATE_TIME = new Intl.DateTimeFormat('en-US', {
	dateStyle: 'medium',
	timeStyle: 'short',
	timeZone: 'America/Chicago',
});

/** @returns an instant as an Arkansas calendar date, like "Dec 3, 2026" */
export const formatDay = (instant: string) => DATE.format(new Date(instant));
/** @returns an instant as an Arkansas date and time, like "Dec 3, 2026, 12:54 PM" */
export const formatInstant = (instant: string) => DATE_TIME.format(new Date(instant));

/** @returns the clock in words: "12 of 30 days", "Overdue by 3 days" */
export function describeWait(
	row: Pick<QueueRow, 'daysWaiting' | 'daysLeft' | 'dueState'>,
	decisionDays: number,
): string {
	if (row.dueState === 'decided') return 'Decided';
	if (row.dueState === 'overdue')
		return `Overdue by ${-row.daysLeft} day${row.daysLeft === -1 ? '' : 's'}`;

	return `${row.daysWaiting} of ${decisionDays} days`;
}
