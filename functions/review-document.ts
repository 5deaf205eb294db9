/**
 * One document of an application, for a reviewer to open or save. It is served with the type its
 * bytes were found to be at upload, as an attachment, with nosniff and a sandboxing policy, so a
 * file can never run as a page of this site (case C13).
 */
import type { Config, Context } from '@netlify/functions';
import { REFERENCE } from '../src/domain/application.ts';
import { UPLOAD_ID } from '../src/domain/documents.ts';
import { readDocument } from '../src/server/applications-store.ts';
import { authorizeReviewer } from '../src/server/auth.ts';
import { REVIEW_HEADERS, reviewError } from '../src/server/review-http.ts';

/** RFC 6266: an ASCII fallback name, and the real (NFC, path-safe) name percent-encoded. */
const contentDisposition = (name: string) => {
	const ascii =
		name
			.normalize('NFD')
			.replace(/[^\x20-\x7e]/g, '')
			.replace(/["\\]/g, '') || 'document';

	return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	const reference = context.params?.reference ?? '';
	const id = context.params?.document ?? '';
	if (!REFERENCE.test(reference) || !UPLOAD_ID.test(id))
		return reviewError('There is no such document.', 404);

	const file = await readDocument(reference, id);
	if (!file) return reviewError('There is no such document.', 404);

	return new Response(file.data, {
		headers: {
			...REVIEW_HEADERS,
			'content-type': file.metadata.type,
			'content-length': String(file.data.byteLength),
			'content-disposition': contentDisposition(file.metadata.name),
			'content-security-policy': "default-src 'none'; sandbox",
		},
	});
};

export const config: Config = {
	path: '/api/review/applications/:reference/documents/:document',
	method: ['GET'],
};
