import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOW_TO_SEND_JPEG } from '../../src/domain/documents.ts';
import { listPendingUploads, readPendingUpload } from '../../src/server/applications-store.ts';
import { handleUpload } from '../../src/server/uploads.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import {
	HTML_WITH_SCRIPT,
	makeHeicHeader,
	makeJpeg,
	makePdf,
	makePng,
	SVG_WITH_SCRIPT,
} from '../support/files.ts';
import { makeContext, makeRawMultipartRequest, makeUploadRequest } from '../support/requests.ts';

let blobs: TestBlobs;

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

interface Answer {
	status: number;
	body: {
		id?: string;
		name?: string;
		type?: string;
		size?: number;
		message?: string;
		errors?: { path: string; message: string }[];
		requestId?: string;
	};
}

const send = async (request: Request): Promise<Answer> => {
	const response = await handleUpload(request, makeContext());
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);

	return { status: response.status, body: await response.json() };
};

/** Runs an upload that must be refused and checks that nothing was stored. */
const expectRefused = async (request: Request, status: number) => {
	const before = (await listPendingUploads()).length;
	const answer = await send(request);

	expect(answer.status).toBe(status);
	expect(answer.body.requestId).toMatch(/^req-test-/);
	expect(answer.body.errors?.[0]?.path).toBe('file');
	expect(answer.body.errors?.[0]?.message).toBe(answer.body.message);
	expect((await listPendingUploads()).length).toBe(before);

	return answer.body.message ?? '';
};

describe('POST /api/uploads', () => {
	it.each([
		{ kind: 'PDF', bytes: makePdf(), name: 'certificate.pdf', type: 'application/pdf' },
		{ kind: 'JPEG', bytes: makeJpeg(), name: 'letter photo.jpg', type: 'image/jpeg' },
		{ kind: 'PNG', bytes: makePng(), name: 'screenshot.png', type: 'image/png' },
	])('stores a real $kind under a pending key with its metadata', async ({ bytes, name, type }) => {
		const answer = await send(makeUploadRequest(bytes, name, type));

		expect(answer.status).toBe(201);
		expect(answer.body).toEqual({
			id: expect.stringMatching(/^upl_[A-Za-z0-9_-]{22}$/),
			name,
			type,
			size: bytes.length,
		});
		const stored = await readPendingUpload(answer.body.id ?? '');
		expect(Buffer.from(stored?.data ?? new ArrayBuffer(0)).equals(bytes)).toBe(true);
		expect(stored?.metadata).toMatchObject({ name, type, size: bytes.length });
	});

	it('decides the type by the bytes, whatever the declared type and name say', async () => {
		const answer = await send(makeUploadRequest(makePng(), 'scan.pdf', 'application/pdf'));

		expect(answer.status).toBe(201);
		expect(answer.body.type).toBe('image/png');
		expect(answer.body.name).toBe('scan.pdf.png');
	});

	describe('C13: disguised files are refused by content', () => {
		it('refuses letter.pdf that is HTML with a script', async () => {
			const message = await expectRefused(
				makeUploadRequest(HTML_WITH_SCRIPT, 'letter.pdf', 'application/pdf'),
				415,
			);

			expect(message).toMatch(/not a PDF, JPEG or PNG/);
		});

		it('refuses scan.jpg that is SVG', async () => {
			const message = await expectRefused(
				makeUploadRequest(SVG_WITH_SCRIPT, 'scan.jpg', 'image/jpeg'),
				415,
			);

			expect(message).toMatch(/not a PDF, JPEG or PNG/);
		});

		it('refuses a 0-byte cert.pdf', async () => {
			const message = await expectRefused(
				makeUploadRequest(new Uint8Array(), 'cert.pdf', 'application/pdf'),
				400,
			);

			expect(message).toMatch(/empty/);
		});

		it('refuses a PDF cut to its first 1 KB', async () => {
			const cut = makePdf(4000).subarray(0, 1024);
			const message = await expectRefused(
				makeUploadRequest(cut, 'transcript.pdf', 'application/pdf'),
				400,
			);

			expect(message).toMatch(/incomplete/);
		});
	});

	describe('C14: phone photos in HEIC', () => {
		it.each([
			{ declared: 'image/heic' },
			{ declared: '' },
			{ declared: 'application/octet-stream' },
		])(
			'refuses IMG_4821.HEIC reported as "$declared" naming the accepted types and how to send a JPEG',
			async ({ declared }) => {
				const message = await expectRefused(
					makeUploadRequest(makeHeicHeader(), 'IMG_4821.HEIC', declared),
					415,
				);

				expect(message).toMatch(/PDF, JPEG or PNG/);
				expect(message).toContain(HOW_TO_SEND_JPEG);
			},
		);
	});

	describe('C06: request size', () => {
		it('answers a 5.9 MB PDF with 413 JSON the form can show, storing nothing', async () => {
			const big = makePdf(5.9 * 1024 * 1024);
			const message = await expectRefused(
				makeUploadRequest(big, 'big.pdf', 'application/pdf'),
				413,
			);

			expect(message).toMatch(/larger than 4 MB/);
		});

		it('refuses on the declared length before reading the body', async () => {
			const request = new Request('http://localhost/api/uploads', {
				method: 'POST',
				headers: {
					'content-type': 'multipart/form-data; boundary=x',
					'content-length': String(6 * 1024 * 1024),
				},
				body: 'not read',
			});

			expect((await expectRefused(request, 413)).length).toBeGreaterThan(0);
		});

		it('accepts each of two 3.1 MB PDFs, one per request', async () => {
			const pdf = makePdf(3.1 * 1024 * 1024);
			const first = await send(makeUploadRequest(pdf, 'part-1.pdf', 'application/pdf'));
			const second = await send(makeUploadRequest(pdf, 'part-2.pdf', 'application/pdf'));

			expect([first.status, second.status]).toEqual([201, 201]);
		});
	});

	describe('C07: file names', () => {
		it('keeps "Carta de apoyo – Peña Nguyễn 📄.pdf" as typed, in NFC', async () => {
			const name = 'Carta de apoyo – Peña Nguyễn 📄.pdf';
			const answer = await send(
				makeUploadRequest(makePdf(), name.normalize('NFD'), 'application/pdf'),
			);

			expect(answer.status).toBe(201);
			expect(answer.body.name).toBe(name.normalize('NFC'));
			const stored = await readPendingUpload(answer.body.id ?? '');
			expect(stored?.metadata.name).toBe(name.normalize('NFC'));
		});

		it("decodes an RFC 5987 filename*=UTF-8''… part header", async () => {
			const answer = await send(
				makeRawMultipartRequest([
					{
						headers: `Content-Disposition: form-data; name="file"; filename*=UTF-8''Carta%20de%20apoyo%20%E2%80%93%20Pe%C3%B1a%20Nguy%E1%BB%85n.pdf\r\nContent-Type: application/pdf`,
						body: makePdf(),
					},
				]),
			);

			expect(answer.status).toBe(201);
			expect(answer.body.name).toBe('Carta de apoyo – Peña Nguyễn.pdf');
		});

		it('drops folders from a name with ../', async () => {
			const answer = await send(
				makeRawMultipartRequest([
					{
						headers:
							'Content-Disposition: form-data; name="file"; filename="../../etc/passwd.pdf"\r\nContent-Type: application/pdf',
						body: makePdf(),
					},
				]),
			);

			expect(answer.status).toBe(201);
			expect(answer.body.name).toBe('passwd.pdf');
		});

		it('cuts a 300-character name to 120 characters and keeps the extension', async () => {
			const answer = await send(
				makeUploadRequest(makePdf(), `${'Peña '.repeat(59)}Nguyễn.pdf`, 'application/pdf'),
			);

			expect(answer.status).toBe(201);
			expect(answer.body.name?.length).toBeLessThanOrEqual(120);
			expect(answer.body.name).toMatch(/^Peña Peña .*\.pdf$/);
		});
	});

	it('refuses two files in one request', async () => {
		const part = (name: string) => ({
			headers: `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf`,
			body: makePdf(),
		});

		const message = await expectRefused(
			makeRawMultipartRequest([part('a.pdf'), part('b.pdf')]),
			400,
		);

		expect(message).toMatch(/one file per request/);
	});

	it('asks for a file when the request has none', async () => {
		const request = makeRawMultipartRequest([
			{ headers: 'Content-Disposition: form-data; name="note"', body: 'hello' },
		]);

		expect(await expectRefused(request, 400)).toMatch(/Choose a file/);
	});

	it('answers malformed multipart with 400 JSON', async () => {
		const request = new Request('http://localhost/api/uploads', {
			method: 'POST',
			headers: { 'content-type': 'multipart/form-data; boundary=abc' },
			body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 no end',
		});

		expect(await expectRefused(request, 400)).toMatch(/could not be read/);
	});

	it('answers a JSON body with 415', async () => {
		const answer = await send(
			new Request('http://localhost/api/uploads', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
			}),
		);

		expect(answer.status).toBe(415);
		expect(answer.body.message).toMatch(/multipart\/form-data/);
	});
});
