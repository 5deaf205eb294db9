/**
 * Reads a multipart/form-data request that carries exactly one file, with busboy (never by
 * hand), stopping as soon as the file passes its size limit.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

export interface UploadedFile {
	/** The name the device sent, decoded (RFC 5987 `filename*` included); not yet made safe. */
	filename: string;
	/** The type the browser declared; only used to word a refusal. */
	mimeType: string;
	bytes: Uint8Array;
}

export type MultipartResult =
	{ ok: true; file: UploadedFile } | { ok: false; status: 400 | 413; message: string };

/** Text fields we tolerate beside the file (a browser may add none; a client might add a few). */
const MAX_FIELDS = 5;

/**
 * @param request a multipart/form-data request
 * @param fieldName the only part that may carry a file. Example: file
 * @param maxFileBytes the largest file accepted
 */
export function readSingleFile(
	request: Request,
	fieldName: string,
	maxFileBytes: number,
): Promise<MultipartResult> {
	return new Promise((resolve) => {
		let parser: busboy.Busboy;
		try {
			parser = busboy({
				headers: { 'content-type': request.headers.get('content-type') ?? '' },
				// Browsers send a plain filename="…" as raw UTF-8; busboy would read it as Latin-1.
				defParamCharset: 'utf8',
				limits: {
					files: 1,
					fileSize: maxFileBytes,
					fields: MAX_FIELDS,
					fieldSize: 1024,
					parts: MAX_FIELDS + 1,
				},
			});
		} catch {
			resolve(malformed);
			return;
		}

		const source = request.body
			? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
			: Readable.from([]);
		let settled = false;
		let file: Promise<UploadedFile | 'too-large' | 'broken'> | null = null;
		const finish = (result: MultipartResult) => {
			if (settled) return;
			settled = true;
			source.unpipe(parser);
			source.destroy();
			resolve(result);
		};

		parser.on('file', (name, stream, info) => {
			if (name !== fieldName || file) {
				stream.resume();
				finish({
					ok: false,
					status: 400,
					message: `Send one file per request, in a form part named "${fieldName}".`,
				});
				return;
			}
			file = collect(stream, info.filename ?? '', info.mimeType ?? '');
		});
		parser.on('filesLimit', () =>
			finish({ ok: false, status: 400, message: 'Send one file per request.' }),
		);
		parser.on('partsLimit', () => finish(malformed));
		parser.on('fieldsLimit', () => finish(malformed));
		parser.on('error', () => finish(malformed));
		parser.on('close', async () => {
			if (!file) {
				finish({ ok: false, status: 400, message: 'Choose a file to upload.' });
				return;
			}
			const result = await file;
			if (result === 'too-large') {
				finish({ ok: false, status: 413, message: tooLarge(maxFileBytes) });
				return;
			}
			if (result === 'broken') {
				finish(malformed);
				return;
			}
			finish({ ok: true, file: result });
		});
		source.on('error', () => finish(malformed));
		source.pipe(parser);
	});
}

const malformed: MultipartResult = {
	ok: false,
	status: 400,
	message:
		'The upload could not be read: send it as multipart/form-data with one file in a part named "file".',
};

const tooLarge = (maxFileBytes: number) =>
	`This file is larger than ${maxFileBytes / (1024 * 1024)} MB. Save it at a lower quality or split it into parts, then upload each part.`;

function collect(
	stream: NodeJS.ReadableStream & { truncated?: boolean },
	filename: string,
	mimeType: string,
): Promise<UploadedFile | 'too-large' | 'broken'> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let isTooLarge = false;
		stream.on('data', (chunk: Buffer) => {
			if (!isTooLarge) chunks.push(chunk);
		});
		stream.on('limit', () => {
			isTooLarge = true;
			chunks.length = 0;
		});
		stream.on('end', () =>
			resolve(isTooLarge ? 'too-large' : { filename, mimeType, bytes: Buffer.concat(chunks) }),
		);
		stream.on('error', () => resolve('broken'));
	});
}
