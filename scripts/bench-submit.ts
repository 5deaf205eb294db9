/**
 * Measures the submit function against the Blobs writes it has to make, on the same local Blobs
 * server and store, then fires 200 submits at once and checks that none is lost or duplicated.
 *
 *   npm run bench:submit [-- --rounds 10]
 *
 * Each measured submit carries a PDF and a JPEG uploaded beforehand (uploads are not timed).
 * "Bare writes" replays exactly the writes one successful submit makes, with the same
 * parallelism: claim the idempotency key, advance the counter, copy and delete each document,
 * store the record and its email-queue marker, then complete the key while recording the email
 * results and removing the marker. The handler adds reading and checking the documents, validation, the level
 * and roster checks, composing both emails and writing them to the local outbox.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setEnvironmentContext } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';
import {
	applicationKey,
	counterKey,
	documentKey,
	emailQueueKey,
	getApplicationsStore,
	getDocumentsStore,
	idempotencyKey,
	listApplicationReferences,
	pendingUploadKey,
	readApplication,
	savePendingUpload,
} from '../src/server/applications-store.ts';
import { handleSubmit } from '../src/server/submit-application.ts';
import { handleUpload } from '../src/server/uploads.ts';
import { basicApplication, training } from '../tests/support/applications.ts';
import { makeJpeg, makePdf } from '../tests/support/files.ts';

const { values } = parseArgs({
	options: {
		rounds: { type: 'string', default: '10' },
		batch: { type: 'string', default: '10' },
		concurrent: { type: 'string', default: '200' },
	},
});
const ROUNDS = Number(values.rounds);
const BATCH = Number(values.batch);
const CONCURRENT = Number(values.concurrent);

const directory = await mkdtemp(join(tmpdir(), 'sro-bench-'));
const server = new BlobsServer({ directory, token: 'bench' });
const { port } = await server.start();
const url = `http://localhost:${port}`;
setEnvironmentContext({ siteID: 'bench', token: 'bench', edgeURL: url, uncachedEdgeURL: url });
process.env.OUTBOX_DIR = join(directory, 'outbox');
delete process.env.RESEND_API_KEY;

const PDF = makePdf(200 * 1024);
const JPEG = makeJpeg();
let sequence = 0;
const context = () => ({ requestId: `bench-${++sequence}` });

async function upload(bytes: Uint8Array, name: string): Promise<string> {
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(bytes)]), name);
	const response = await handleUpload(
		new Request('http://localhost/api/uploads', { method: 'POST', body: form }),
		context(),
	);
	if (response.status !== 201) throw new Error(`Upload failed with ${response.status}.`);

	return ((await response.json()) as { id: string }).id;
}

/** A Basic application whose two named courses each carry a document. */
async function makeApplication() {
	const [pdf, jpeg] = await Promise.all([upload(PDF, 'basic.pdf'), upload(JPEG, 'assessment.jpg')]);
	const base = basicApplication();

	return basicApplication({
		training: [
			training('SRO Basic', 40, {
				requiredCourse: 'SRO Basic course',
				throughCji: false,
				document: pdf,
			}),
			training('Site assessment', 8, {
				requiredCourse: 'School Site Safety Assessment course',
				throughCji: false,
				document: jpeg,
			}),
			...base.training.slice(2),
		],
	});
}

async function submitOnce(
	application: unknown,
	now = new Date(),
): Promise<{ status: number; reference: string }> {
	const request = new Request('http://localhost/api/applications', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'idempotency-key': `bench-key-${++sequence}` },
		body: JSON.stringify({ application }),
	});
	const response = await handleSubmit(request, context(), { now });
	const body = (await response.json()) as { reference?: string };

	return { status: response.status, reference: body.reference ?? '' };
}

/** The writes of one successful submit, made directly; the same order and parallelism. */
let bareNumber = 0;
let bareCounterEtag = '';
async function bareWrites(documents: { id: string; bytes: Uint8Array }[]): Promise<void> {
	const store = getApplicationsStore();
	const files = getDocumentsStore();
	const key = idempotencyKey(`bare-key-${++bareNumber}`);
	const reference = `SRO-1999-${String(bareNumber).padStart(5, '0')}`;
	const record = templateRecord;

	await store.setJSON(
		key,
		{ state: 'claimed', claimedAt: new Date().toISOString() },
		{ onlyIfNew: true },
	);
	const counter = bareCounterEtag
		? await store.setJSON(counterKey(1999), { last: bareNumber }, { onlyIfMatch: bareCounterEtag })
		: await store.setJSON(counterKey(1999), { last: bareNumber }, { onlyIfNew: true });
	bareCounterEtag = counter.etag ?? '';
	await Promise.all(
		documents.map(async ({ id, bytes }) => {
			await files.set(documentKey(reference, id), new Uint8Array(bytes).buffer, {
				metadata: {
					name: 'x.pdf',
					type: 'application/pdf',
					size: bytes.length,
					path: 'training.0.document',
				},
			});
			await files.delete(pendingUploadKey(id));
		}),
	);
	const [created] = await Promise.all([
		store.setJSON(applicationKey(reference), { ...record, reference }, { onlyIfNew: true }),
		store.setJSON(emailQueueKey(reference), { reference, since: new Date().toISOString() }),
	]);
	await Promise.all([
		store.setJSON(key, { state: 'done', claimedAt: new Date().toISOString(), reference }),
		(async () => {
			await store.setJSON(
				applicationKey(reference),
				{ ...record, reference },
				{ onlyIfMatch: created.etag ?? '' },
			);
			await store.delete(emailQueueKey(reference));
		})(),
	]);
}

async function makeBareDocuments() {
	const documents = [
		{ id: `upl_bare${String(++bareDocument).padStart(18, '0')}`, bytes: PDF },
		{ id: `upl_bare${String(++bareDocument).padStart(18, '0')}`, bytes: JPEG },
	];
	for (const { id, bytes } of documents) {
		await savePendingUpload(id, bytes, {
			name: 'x',
			type: 'application/pdf',
			size: bytes.length,
			uploadedAt: new Date().toISOString(),
		});
	}

	return documents;
}
let bareDocument = 0;

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], share: number) =>
	[...values].sort((a, b) => a - b)[
		Math.min(values.length - 1, Math.floor(values.length * share))
	] ?? 0;

// Warm up both paths (module loading, content cache, first counter read) before timing.
const warm = await submitOnce(await makeApplication());
if (warm.status !== 201) throw new Error(`The warm-up submit failed with ${warm.status}.`);
const templateRecord = (await readApplication(warm.reference))?.record;
if (!templateRecord) throw new Error('The warm-up application is missing.');
await bareWrites(await makeBareDocuments());

const handlerTimes: number[] = [];
const bareTimes: number[] = [];
// Alternating batches, so both paths meet the same machine load.
for (let round = 0; round < ROUNDS; round++) {
	const applications = await Promise.all(Array.from({ length: BATCH }, makeApplication));
	for (const application of applications) {
		const start = performance.now();
		const { status } = await submitOnce(application);
		handlerTimes.push(performance.now() - start);
		if (status !== 201) throw new Error(`A measured submit failed with ${status}.`);
	}
	const documentSets = await Promise.all(Array.from({ length: BATCH }, makeBareDocuments));
	for (const documents of documentSets) {
		const start = performance.now();
		await bareWrites(documents);
		bareTimes.push(performance.now() - start);
	}
}

const handlerMedian = median(handlerTimes);
const bareMedian = median(bareTimes);
console.log(
	`Submit handler against its bare Blobs writes (local Blobs server, same store, ${handlerTimes.length} submits each, a PDF and a JPEG per application)`,
);
console.log(
	`  handler:     median ${handlerMedian.toFixed(1)} ms, p90 ${percentile(handlerTimes, 0.9).toFixed(1)} ms`,
);
console.log(
	`  bare writes: median ${bareMedian.toFixed(1)} ms, p90 ${percentile(bareTimes, 0.9).toFixed(1)} ms`,
);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
console.log(
	`  ratio of medians: ${(handlerMedian / bareMedian).toFixed(2)}x, of means: ${(mean(handlerTimes) / mean(bareTimes)).toFixed(2)}x (goal: at most 1.5x)`,
);

// 200 at once, in a year of their own so the count is exact.
const year = 2040;
const now = new Date(`${year}-06-01T12:00:00Z`);
const applications = await Promise.all(Array.from({ length: CONCURRENT }, makeApplication));
const start = performance.now();
const answers = await Promise.all(applications.map((application) => submitOnce(application, now)));
const elapsed = performance.now() - start;
const accepted = answers.filter(({ status }) => status === 201);
const references = new Set(accepted.map(({ reference }) => reference));
const stored = (await listApplicationReferences()).filter((reference) =>
	reference.startsWith(`SRO-${year}-`),
);
const readable = (await Promise.all(stored.map(readApplication))).filter(Boolean).length;
const isClean =
	accepted.length === CONCURRENT &&
	references.size === CONCURRENT &&
	stored.length === CONCURRENT &&
	readable === CONCURRENT;
console.log(
	`${CONCURRENT} concurrent submits in ${(elapsed / 1000).toFixed(1)} s: ${accepted.length} answered 201, ${references.size} distinct references, ${stored.length} stored, ${readable} readable; ${CONCURRENT - readable} lost, ${accepted.length - references.size} duplicate references`,
);

await server.stop();
await rm(directory, { recursive: true, force: true });
if (!isClean) process.exit(1);
