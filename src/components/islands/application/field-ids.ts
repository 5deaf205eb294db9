/**
 * Error plumbing between the shared schema, the functions' refusals and the form's fields:
 * every problem carries a dotted path (`applicant.email`), and every field's id is that path with
 * dashes (`applicant-email`), so a message from either side lands beside the right field.
 */

/** One problem to show beside a field and in the error summary. */
export interface Problem {
	/** Dotted path in the application. Example: training.0.hours */
	path: string;
	message: string;
}

/** A refusal from a function, read into what the form shows. */
export interface RefusalResult {
	message: string;
	problems: Problem[];
	requestId: string | undefined;
}

type IssueLike = { path: readonly PropertyKey[]; message: string };

/**
 * @param path a dotted path or a zod issue path, like `applicant.email` or `['training', 0, 'hours']`
 * @returns the id of the field for that path, like `applicant-email` or `training-0-hours`
 */
export function toFieldId(path: string | readonly PropertyKey[]): string {
	const segments = typeof path === 'string' ? path.split('.') : path.map(String);

	return segments.filter((segment) => segment !== '').join('-');
}

/**
 * Finds the field a problem belongs to on the page, falling back to its nearest parent: a
 * refusal may name a path the form has no input for (say `training.0` for the whole entry).
 *
 * @param path a dotted path
 * @param hasElement whether the page has an element with that id
 * @returns the id of the closest field on the page, or `null` when none matches
 */
export function findFieldId(path: string, hasElement: (id: string) => boolean): string | null {
	const segments = path.split('.').filter((segment) => segment !== '');
	for (let length = segments.length; length > 0; length -= 1) {
		const id = segments.slice(0, length).join('-');
		if (hasElement(id)) return id;
	}

	return null;
}

/**
 * @param issues zod issues, or anything with a path and a message
 * @returns one problem per path (the first message wins, as each field shows one message)
 */
export function toProblems(issues: readonly IssueLike[]): Problem[] {
	const byPath = new Map<string, Problem>();
	for (const issue of issues) {
		const path = issue.path.map(String).join('.');
		if (!byPath.has(path)) byPath.set(path, { path, message: issue.message });
	}

	return [...byPath.values()];
}

/**
 * Reads a function's 4xx body: `{ message, errors: [{ path, message }], requestId }`. A body
 * in zod's flattened shape (`fieldErrors`) is read too, and anything else falls back to a
 * plain sentence, so the officer always sees a message.
 *
 * @param body the parsed JSON body, or `null` when it was not JSON
 * @param fallback the sentence to show when the body says nothing usable
 * @returns the message, the problems by path and the request id
 */
export function readRefusal(body: unknown, fallback: string): RefusalResult {
	const record = isRecord(body) ? body : {};
	const message = typeof record.message === 'string' && record.message ? record.message : fallback;
	const requestId = typeof record.requestId === 'string' ? record.requestId : undefined;
	const problems: Problem[] = [];

	if (Array.isArray(record.errors)) {
		for (const item of record.errors) {
			if (isRecord(item) && typeof item.message === 'string') {
				problems.push({
					path: typeof item.path === 'string' ? item.path : '',
					message: item.message,
				});
			}
		}
	}
	if (isRecord(record.fieldErrors)) {
		for (const [path, messages] of Object.entries(record.fieldErrors)) {
			if (Array.isArray(messages) && typeof messages[0] === 'string')
				problems.push({ path, message: messages[0] });
		}
	}

	return { message, problems, requestId };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;
