/**
 * POST /api/uploads: one document per request, checked by its bytes and kept under a pending key
 * until an application claims it.
 */
import { randomBytes } from 'node:crypto';
import type { UploadResult } from '../domain/api.ts';
import { MAX_FILE_BYTES } from '../domain/documents.ts';
import { savePendingUpload } from './applications-store.ts';
import { checkDocument, makeSafeFileName } from './file-check.ts';
import {
	errorResponse,
	getRequestId,
	jsonResponse,
	logFailure,
	type RequestContext,
	serverError,
} from './http.ts';
import { readSingleFile } from './multipart.ts';

/** The file plus the multipart framing around it: boundaries, part headers, a long file name. */
const MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024;

/** @returns a new upload id, for example upl_Xq3v0LrJ8cT2mW9nB4sK1a */
export const makeUploadId = () => `upl_${randomBytes(16).toString('base64url')}`;

export async function handleUpload(request: Request, context: RequestContext): Promise<Response> {
	const requestId = getRequestId(context);
	const refuse = (status: number, message: string) =>
		errorResponse(status, message, [{ path: 'file', message }], requestId);

	if (request.method !== 'POST') {
		return errorResponse(405, 'Upload a document with POST.', [], requestId, { allow: 'POST' });
	}

	const contentType = request.headers.get('content-type') ?? '';
	if (!/^multipart\/form-data\s*;/i.test(contentType)) {
		return errorResponse(
			415,
			'Send the document as multipart/form-data with one file in a part named "file".',
			[],
			requestId,
		);
	}

	const declaredLength = Number(request.headers.get('content-length'));
	if (Number.isFinite(declaredLength) && declaredLength > MAX_REQUEST_BYTES) {
		return refuse(
			413,
			'This file is larger than 4 MB. Save it at a lower quality or split it into parts, then upload each part.',
		);
	}

	try {
		const parsed = await readSingleFile(request, 'file', MAX_FILE_BYTES);
		if (!parsed.ok) return refuse(parsed.status, parsed.message);

		const { filename, mimeType, bytes } = parsed.file;
		const check = await checkDocument(bytes, { name: filename, type: mimeType });
		if (!check.ok) {
			const isWrongType = check.reason === 'heic' || check.reason === 'not-accepted';

			return refuse(isWrongType ? 415 : 400, check.message);
		}

		const result: UploadResult = {
			id: makeUploadId(),
			name: makeSafeFileName(filename, check.type),
			type: check.type,
			size: bytes.byteLength,
		};
		await savePendingUpload(result.id, bytes, {
			name: result.name,
			type: result.type,
			size: result.size,
			uploadedAt: new Date().toISOString(),
		});

		return jsonResponse(201, result);
	} catch (error) {
		logFailure({ msg: 'upload failed', requestId, step: 'store-upload', error });

		return serverError(requestId);
	}
}
