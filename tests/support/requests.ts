/** Requests and contexts for calling function handlers directly, as Netlify would. */
import { handleUpload } from '../../src/server/uploads.ts';

let counter = 0;
/** A context with what the handlers read from Netlify's: the request id. */
export const makeContext = () => ({ requestId: `req-test-${++counter}` });

/** A multipart upload as a browser's FormData sends it. */
export function makeUploadRequest(bytes: Uint8Array, name: string, type = ''): Request {
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);

	return new Request('http://localhost/api/uploads', { method: 'POST', body: form });
}

/**
 * A multipart body written by hand, for part headers a browser would not produce
 * (RFC 5987 `filename*`, several files).
 */
export function makeRawMultipartRequest(
	parts: { headers: string; body: Uint8Array | string }[],
): Request {
	const boundary = '----sro-test-boundary-7d93';
	const chunks: Buffer[] = [];
	for (const part of parts) {
		chunks.push(Buffer.from(`--${boundary}\r\n${part.headers}\r\n\r\n`, 'utf8'));
		chunks.push(Buffer.from(part.body));
		chunks.push(Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	const body = Buffer.concat(chunks);

	return new Request('http://localhost/api/uploads', {
		method: 'POST',
		headers: {
			'content-type': `multipart/form-data; boundary=${boundary}`,
			'content-length': String(body.length),
		},
		body,
	});
}

export function makeJsonRequest(
	url: string,
	body: unknown,
	headers: Record<string, string> = {},
): Request {
	return new Request(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

/** Uploads a file through the real handler and returns its id. */
export async function upload(bytes: Uint8Array, name: string, type = ''): Promise<string> {
	const response = await handleUpload(makeUploadRequest(bytes, name, type), makeContext());
	if (response.status !== 201) {
		throw new Error(`Upload of ${name} failed with ${response.status}: ${await response.text()}`);
	}
	const { id } = (await response.json()) as { id: string };

	return id;
}
