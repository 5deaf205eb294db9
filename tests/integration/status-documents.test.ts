import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import statusDocuments from '../../functions/status-documents.ts';
import {
	createApplication,
	listPendingUploads,
	readApplication,
	readDocument,
	savePendingUpload,
} from '../../src/server/applications-store.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { makeRecord } from '../support/review-records.ts';

const SITE = 'http://localhost:8853';
let blobs: TestBlobs;
let sequence = 500;
const context = { requestId: 'test', params: {} } as never;

async function seed(status: 'more-information' | 'submitted' | 'approved' = 'more-information') {
	sequence += 1;
	const record = makeRecord({ reference: `SRO-2026-${String(sequence).padStart(5, '0')}`, status });
	await createApplication(record);

	return record;
}

async function upload(name = 'Letter from Chief Reyes.pdf') {
	sequence += 1;
	const id = `upl_reply${String(sequence).padStart(12, '0')}`;
	const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
	await savePendingUpload(id, bytes, {
		name,
		type: 'application/pdf',
		size: bytes.byteLength,
		uploadedAt: new Date().toISOString(),
	});

	return id;
}

const reply = (body: unknown, origin = SITE) =>
	statusDocuments(
		new Request(`${SITE}/api/status/documents`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin },
			body: JSON.stringify(body),
		}),
		context,
	);

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

describe('replying to a request for more information from /status/', () => {
	it('attaches the documents, records it in the history and puts the application back in the queue', async () => {
		const record = await seed();
		const id = await upload();

		const response = await reply({
			reference: record.reference.toLowerCase(),
			email: ' Officer@Agency.example.gov ',
			documents: [id],
			message: 'Here is the letter.',
		});
		const stored = await readApplication(record.reference);

		expect(response.status).toBe(200);
		expect(stored?.record.status).toBe('submitted');
		expect(stored?.record.documents).toContainEqual(
			expect.objectContaining({ id, name: 'Letter from Chief Reyes.pdf', path: 'reply.0' }),
		);
		expect(stored?.record.history.at(-1)).toMatchObject({
			actor: 'applicant',
			action: 'documents-added',
			note: 'Letter from Chief Reyes.pdf\nHere is the letter.',
		});
		expect(await readDocument(record.reference, id)).not.toBeNull();
		expect(await listPendingUploads()).not.toContain(id);
	});

	it('gives a wrong email the same answer as an unknown reference', async () => {
		const record = await seed();
		const id = await upload();

		const wrongEmail = await reply({
			reference: record.reference,
			email: 'someone@else.example',
			documents: [id],
		});
		const unknown = await reply({
			reference: 'SRO-2026-99999',
			email: 'officer@agency.example.gov',
			documents: [id],
		});

		expect(wrongEmail.status).toBe(404);
		expect(await wrongEmail.json()).toEqual(await unknown.json());
		expect((await readApplication(record.reference))?.record.status).toBe('more-information');
	});

	it.each(['submitted', 'approved'] as const)(
		'refuses documents for an application that is %s',
		async (status) => {
			const record = await seed(status);

			const response = await reply({
				reference: record.reference,
				email: 'officer@agency.example.gov',
				documents: [await upload()],
			});

			expect(response.status).toBe(409);
		},
	);

	it('refuses an upload id that was never received', async () => {
		const record = await seed();

		const response = await reply({
			reference: record.reference,
			email: 'officer@agency.example.gov',
			documents: ['upl_neverUploaded123'],
		});

		expect(response.status).toBe(400);
		expect((await readApplication(record.reference))?.record.status).toBe('more-information');
	});

	it('needs at least one document', async () => {
		const record = await seed();

		const response = await reply({
			reference: record.reference,
			email: 'officer@agency.example.gov',
			documents: [],
		});

		expect(response.status).toBe(400);
		expect((await response.json()).errors).toEqual([
			{ path: 'documents', message: 'Upload at least one document' },
		]);
	});

	it('refuses a reply posted from another site (CSRF)', async () => {
		const record = await seed();

		const response = await reply(
			{
				reference: record.reference,
				email: 'officer@agency.example.gov',
				documents: [await upload()],
			},
			'https://evil.example',
		);

		expect(response.status).toBe(403);
	});
});
