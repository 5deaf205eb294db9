import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readApplication, updateApplication } from '../../src/server/applications-store.ts';
import { getClockDay, handleStatus } from '../../src/server/application-status.ts';
import { handleSubmit } from '../../src/server/submit-application.ts';
import { basicApplication } from '../support/applications.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { type TestContent, useTestContent } from '../support/content.ts';
import { makeContext, makeJsonRequest } from '../support/requests.ts';

let blobs: TestBlobs;
let content: TestContent;
let reference: string;
const SUBMITTED = new Date('2026-11-20T15:00:00Z');
const OUTBOX = process.env.OUTBOX_DIR;

beforeAll(async () => {
	[blobs, content] = await Promise.all([startBlobsServer(), useTestContent()]);
	process.env.OUTBOX_DIR = `${content.dir}/outbox`;
	const response = await handleSubmit(
		makeJsonRequest('http://localhost/api/applications', { application: basicApplication() }),
		makeContext(),
		{ now: SUBMITTED },
	);
	({ reference } = await response.json());
});

afterAll(async () => {
	if (OUTBOX === undefined) delete process.env.OUTBOX_DIR;
	else process.env.OUTBOX_DIR = OUTBOX;
	await Promise.all([blobs.stop(), content.restore()]);
});

const ask = async (body: unknown, now = new Date('2026-12-01T15:00:00Z')) => {
	const response = await handleStatus(
		makeJsonRequest('http://localhost/api/status', body),
		makeContext(),
		now,
	);

	return { status: response.status, body: await response.json() };
};

describe('POST /api/status', () => {
	it('answers the status, its date and the clock against the decision time, and nothing else', async () => {
		const answer = await ask({ reference, email: 'officer@agency.example.gov' });

		expect(answer).toEqual({
			status: 200,
			body: {
				reference,
				status: 'submitted',
				statusLabel: 'Waiting for the committee’s decision',
				since: '2026-11-20',
				day: 12,
				decisionDays: 30,
				clock: 'Day 12 of about 30',
			},
		});
	});

	it('forgives case and spaces in the reference and the email address', async () => {
		const answer = await ask({
			reference: ` ${reference.toLowerCase()} `,
			email: ' Officer@Agency.Example.gov ',
		});

		expect(answer.status).toBe(200);
	});

	it('gives a wrong pair exactly the answer an unknown reference gets', async () => {
		const wrongPair = await ask({ reference, email: 'someone.else@agency.example.gov' });
		const unknown = await ask({ reference: 'SRO-2026-99999', email: 'officer@agency.example.gov' });

		expect(wrongPair.status).toBe(404);
		expect(unknown.status).toBe(404);
		const { requestId: _a, ...wrongBody } = wrongPair.body;
		const { requestId: _b, ...unknownBody } = unknown.body;
		expect(wrongBody).toEqual(unknownBody);
		expect(wrongBody).toEqual({
			message: expect.stringMatching(/could not find an application/),
			errors: [],
		});
	});

	it('refuses a malformed reference at its field', async () => {
		const answer = await ask({ reference: 'SRO-42', email: 'officer@agency.example.gov' });

		expect(answer.status).toBe(400);
		expect(answer.body.errors).toEqual([
			{ path: 'reference', message: expect.stringMatching(/SRO-2026-00042/) },
		]);
	});

	it('stops the clock on the day of the decision', async () => {
		const stored = await readApplication(reference);
		await updateApplication(
			reference,
			(record) => ({ ...record, status: 'approved', statusChangedAt: '2026-12-10T16:00:00.000Z' }),
			stored ?? undefined,
		);

		const answer = await ask(
			{ reference, email: 'officer@agency.example.gov' },
			new Date('2027-01-15T12:00:00Z'),
		);

		expect(answer.body).toMatchObject({
			status: 'approved',
			since: '2026-12-10',
			day: 21,
			clock: 'Decided on day 21 of about 30',
		});
	});
});

describe('getClockDay', () => {
	it.each([
		{
			case: 'the day of submission',
			submitted: '2026-11-20T15:00:00Z',
			now: '2026-11-20T23:00:00Z',
			day: 1,
		},
		// 03:00 UTC is still the evening before in Arkansas.
		{
			case: 'an Arkansas evening after midnight UTC',
			submitted: '2026-11-20T15:00:00Z',
			now: '2026-11-21T03:00:00Z',
			day: 1,
		},
		{
			case: 'the next Arkansas day',
			submitted: '2026-11-20T15:00:00Z',
			now: '2026-11-21T07:00:00Z',
			day: 2,
		},
		{
			case: 'across the change from daylight time',
			submitted: '2026-10-30T15:00:00Z',
			now: '2026-11-02T15:00:00Z',
			day: 4,
		},
	])('counts $case as day $day', ({ submitted, now, day }) => {
		expect(getClockDay(new Date(submitted), new Date(now))).toBe(day);
	});
});

describe('a broken request body', () => {
	it('answers a body stream that fails midway with 400 JSON, not a 500', async () => {
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"reference":'));
				controller.error(new Error('connection reset'));
			},
		});
		const request = new Request('http://localhost/api/status', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body,
			duplex: 'half',
		} as RequestInit);

		const response = await handleStatus(request, makeContext());

		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({
			message: expect.stringMatching(/cut off/),
			errors: [],
		});
	});
});
