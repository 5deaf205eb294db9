/**
 * Response helpers for the review workspace's functions. Every answer carries applicants' personal
 * data, so none may be cached by a browser or proxy, and none may be indexed.
 */

/** Headers on every review answer. */
export const REVIEW_HEADERS = {
	'cache-control': 'no-store',
	'x-robots-tag': 'noindex, nofollow',
	'x-content-type-options': 'nosniff',
} as const;

/**
 * @param body what to send as JSON
 * @param status the HTTP status
 * @param headers extra headers
 * @returns a JSON response that is never cached
 */
export function reviewJson(
	body: unknown,
	status = 200,
	headers: Record<string, string> = {},
): Response {
	return Response.json(body, { status, headers: { ...REVIEW_HEADERS, ...headers } });
}

/**
 * @param message one sentence for the reviewer
 * @param status the HTTP status
 * @param requestId the function's request id, so a report can be matched to the log
 * @returns a JSON error response that is never cached
 */
export function reviewError(message: string, status: number, requestId?: string): Response {
	return reviewJson({ error: message, ...(requestId ? { requestId } : {}) }, status);
}
