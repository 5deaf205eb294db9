/**
 * Works around a bug in the local Netlify runtime (@netlify/functions-dev 2.0.8, used by
 * NetlifyDev and @netlify/vite-plugin): it reads a function request's body as text but marks it
 * base64 for every binary content type (multipart/form-data included), so the function receives
 * the text base64-decoded, a few dozen bytes of garbage. Production Netlify passes the bytes
 * intact. Handing the local runtime the body already base64-encoded makes its decoding undo ours.
 *
 * Used by scripts/serve.ts (end-to-end tests, `npm run serve`) and scripts/netlify-vite-plugin.ts
 * (`npm start`).
 *
 * FIXME: Remove this file once @netlify/functions-dev stops marking a text body as base64 (see
 * lambdaEventFromWebRequest in node_modules/@netlify/functions-dev/dist/main.js).
 */
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/** Content types the local runtime does not mark as base64, copied from @netlify/dev-utils. */
const TEXT_TYPES = new Set([
	'application/csp-report',
	'application/graphql',
	'application/json',
	'application/javascript',
	'application/x-www-form-urlencoded',
	'application/x-ndjson',
	'application/xml',
]);

/** @returns whether the local runtime would corrupt a function request with this body */
export function needsBase64Body(request: IncomingMessage): boolean {
	if (request.method === 'GET' || request.method === 'HEAD') return false;
	if (!request.url?.startsWith('/api/')) return false;

	const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	const isText =
		type.startsWith('text/') ||
		type.endsWith('+json') ||
		type.endsWith('+xml') ||
		TEXT_TYPES.has(type);

	return !isText;
}

/** @returns a stand-in for the Node request, with the same head and the body in base64 */
export async function toBase64BodyRequest(request: IncomingMessage): Promise<IncomingMessage> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const body = Buffer.from(Buffer.concat(chunks).toString('base64'));
	const copy = Readable.from([body], { objectMode: false });

	// What @netlify/dev reads of a Node request: its head and its body stream.
	return Object.assign(copy, {
		headers: request.headers,
		httpVersionMajor: request.httpVersionMajor,
		method: request.method,
		socket: request.socket,
		url: request.url,
	}) as unknown as IncomingMessage;
}
