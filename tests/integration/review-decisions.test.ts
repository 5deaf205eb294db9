/**
 * Decisions against a real local Blobs server, the real Resend SDK pointed at a local fake, and
 * the local outbox, through the review functions as Netlify would call them.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import reviewApplication from '../../functions/review-application.ts';
import reviewApplications from '../../functions/review-applications.ts';
import reviewDecision from '../../functions/review-decision.ts';
import reviewDocument from '../../functions/review-document.ts';
import reviewExport from '../../functions/review-export.ts';
import type { ApplicationRecord } from '../../src/domain/application-record.ts';
import { CERTIFICATE_NUMBER } from '../../src/domain/roster.ts';
import {
	createApplication,
	getDocumentsStore,
	readApplication,
} from '../../src/server/applications-store.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { startFakeResend, type FakeResend } from '../support/fake-resend.ts';
import { makeIdentityToken, TEST_IDENTITY_SECRET } from '../support/identity.ts';
import { makeRecord } from '../support/review-records.ts';

const SITE = 'http://localhost:8852';
let blobs: TestBlobs;
let resend: FakeResend;
let outbox: string;
let sequence = 100;

const nextReference = () => {
	sequence += 1;

	return `SRO-2026-${String(sequence).padStart(5, '0')}`;
};
const context = (params: Record<string, string> = {}) =>
	({ params, requestId: 'test', deploy: { context: '', id: '', published: false } }) as never;

const as = async (email = 'riley@acss.example.org', name = 'Riley Reviewer') => ({
	authorization: `Bearer ${await makeIdentityToken({ email, name })}`,
	origin: SITE,
});

async function seed(options: Parameters<typeof makeRecord>[0] = {}): Promise<ApplicationRecord> {
	const record = makeRecord({ reference: nextReference(), ...options });
	if ((await createApplication(record)) === null) throw new Error('seed: reference taken');

	return record;
}

const getDetail = async (reference: string) => {
	const response = await reviewApplication(
		new Request(`${SITE}/api/review/applications/${reference}`, { headers: await as() }),
		context({ reference }),
	);

	return response.json();
};

const decide = async (
	reference: string,
	body: Record<string, unknown>,
	reviewer = 'riley@acss.example.org',
) =>
	reviewDecision(
		new Request(`${SITE}/api/review/applications/${reference}/decision`, {
			method: 'POST',
			headers: { ...(await as(reviewer, reviewer)), 'content-type': 'application/json' },
			body: JSON.stringify(body),
		}),
		context({ reference }),
	);

const outboxMessages = async () =>
	Promise.all(
		(await readdir(outbox)).map(async (file) =>
			JSON.parse(await readFile(join(outbox, file), 'utf8')),
		),
	);

beforeAll(async () => {
	blobs = await startBlobsServer();
	resend = await startFakeResend();
});

afterAll(async () => {
	await resend.stop();
	await blobs.stop();
});

beforeEach(async () => {
	process.env.IDENTITY_JWT_SECRET = TEST_IDENTITY_SECRET;
	outbox = await mkdtemp(join(tmpdir(), 'sro-outbox-'));
	process.env.OUTBOX_DIR = outbox;
});

afterEach(async () => {
	delete process.env.IDENTITY_JWT_SECRET;
	delete process.env.OUTBOX_DIR;
	delete process.env.RESEND_API_KEY;
	delete process.env.RESEND_BASE_URL;
	resend.answerWith(200);
	await rm(outbox, { recursive: true, force: true });
});

describe('approving', () => {
	it('issues a certificate number in the program format, emails it with the roster link, and records who and when', async () => {
		const record = await seed({
			applicant: { fullName: 'Tamsin Okafor', district: 'Conway School District' },
		});
		const { version } = await getDetail(record.reference);

		const response = await decide(record.reference, {
			action: 'approve',
			version,
			note: 'All training verified.',
		});
		const body = await response.json();
		const number = body.detail.record.certificateNumber as string;
		const [email] = await outboxMessages();

		expect(response.status).toBe(200);
		expect(number).toMatch(CERTIFICATE_NUMBER);
		expect(number).toMatch(/^ACSS-1-20\d\d-\d{4}$/);
		expect(body.detail.record.status).toBe('approved');
		expect(
			body.detail.record.history.find((entry: { action: string }) => entry.action === 'approved'),
		).toMatchObject({
			actor: 'riley@acss.example.org',
			note: 'All training verified.',
		});
		expect(body.detail.rosterChange).toMatchObject({
			kind: 'new-officer',
			pagePath: '/roster/tamsin-okafor/',
		});
		expect(body.detail.rosterChange.yaml).toContain(`number: ${number}`);
		expect(email.to).toBe('officer@agency.example.gov');
		expect(email.text).toContain(number);
		expect(email.text).toContain(`${SITE}/roster/tamsin-okafor/`);
		expect(email.html).toContain(number);
		expect(body.emailSent).toBe(true);
	});

	it('gives 12 applications approved at once 12 distinct consecutive numbers', async () => {
		const records = await Promise.all(
			Array.from({ length: 12 }, () => seed({ application: { level: 'basic' } })),
		);
		const versions = await Promise.all(
			records.map(async (record) => (await getDetail(record.reference)).version),
		);

		const answers = await Promise.all(
			records.map((record, index) =>
				decide(record.reference, { action: 'approve', version: versions[index] }),
			),
		);
		const numbers = await Promise.all(
			answers.map(
				async (answer) => (await answer.json()).detail.record.certificateNumber as string,
			),
		);
		const sequences = numbers.map((number) => Number(number.slice(-4))).sort((a, b) => a - b);

		expect(new Set(numbers).size).toBe(12);
		expect((sequences.at(-1) ?? 0) - (sequences[0] ?? 0)).toBe(11);
	});
});

describe('denying', () => {
	it('requires a reason', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const response = await decide(record.reference, { action: 'deny', version, note: '   ' });

		expect(response.status).toBe(400);
		expect((await response.json()).fieldErrors.note).toEqual(['Give the reason for the denial']);
		expect((await readApplication(record.reference))?.record.status).toBe('submitted');
	});

	it('emails the reason and what the officer can do next from settings', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const response = await decide(record.reference, {
			action: 'deny',
			version,
			note: 'The SRO Basic course certificate is missing.',
		});
		const [email] = await outboxMessages();

		expect(response.status).toBe(200);
		expect(email.text).toContain('The SRO Basic course certificate is missing.');
		expect(email.text).toContain('ask the committee to reconsider');
	});
});

describe('requesting more information', () => {
	it('requires a message, then emails what is needed and how to send it from /status/', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const refused = await decide(record.reference, { action: 'more-information', version });
		const response = await decide(record.reference, {
			action: 'more-information',
			version,
			note: 'Send the letter from your chief.',
		});
		const [email] = await outboxMessages();

		expect(refused.status).toBe(400);
		expect(response.status).toBe(200);
		expect((await response.json()).detail.record.status).toBe('more-information');
		expect(email.text).toContain('Send the letter from your chief.');
		expect(email.text).toContain(`${SITE}/status/`);
		expect(email.text).toContain(record.reference);
	});
});

describe('two reviewers deciding at once', () => {
	it('lets exactly one win and tells the other it changed, with the new state', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const answers = await Promise.all([
			decide(record.reference, { action: 'approve', version }, 'first@acss.example.org'),
			decide(
				record.reference,
				{ action: 'deny', version, note: 'Missing course.' },
				'second@acss.example.org',
			),
		]);
		const statuses = answers.map((answer) => answer.status).sort();
		const loser = answers.find((answer) => answer.status === 409);
		const body = await loser?.json();
		const stored = await readApplication(record.reference);
		const decisions = stored?.record.history.filter((entry) =>
			['approved', 'denied'].includes(entry.action),
		);

		expect(statuses).toEqual([200, 409]);
		expect(body.error).toMatch(/changed this application/);
		expect(body.current.record.status).toBe(stored?.record.status);
		expect(decisions).toHaveLength(1);
	});

	it('answers a decision on a stale version 409 and keeps the history append-only', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);
		await decide(record.reference, {
			action: 'more-information',
			version,
			note: 'Send the letter.',
		});

		const stale = await decide(record.reference, { action: 'deny', version, note: 'Too late.' });
		const stored = await readApplication(record.reference);

		expect(stale.status).toBe(409);
		expect(stored?.record.status).toBe('more-information');
		expect(stored?.record.history.map((entry) => entry.action).slice(0, 2)).toEqual([
			'submitted',
			'more-information',
		]);
	});

	it('refuses to decide an application twice', async () => {
		const record = await seed();
		const { version } = await getDetail(record.reference);
		await decide(record.reference, { action: 'deny', version, note: 'Missing course.' });
		const current = await getDetail(record.reference);

		const again = await decide(record.reference, { action: 'approve', version: current.version });

		expect(again.status).toBe(409);
		expect((await again.json()).error).toMatch(/already been decided/);
	});
});

describe('decision emails through Resend', () => {
	it('sends through the Resend SDK when a key is set', async () => {
		process.env.RESEND_API_KEY = 're_test_key';
		process.env.RESEND_BASE_URL = resend.url;
		const before = resend.sent.length;
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const response = await decide(record.reference, {
			action: 'more-information',
			version,
			note: 'Send the transcript.',
		});

		expect((await response.json()).emailSent).toBe(true);
		expect(resend.sent.length).toBe(before + 1);
		expect(resend.sent.at(-1)?.text).toContain('Send the transcript.');
	});

	it('keeps the decision and records the failure when Resend fails (C10)', async () => {
		process.env.RESEND_API_KEY = 're_test_key';
		process.env.RESEND_BASE_URL = resend.url;
		resend.answerWith(500);
		const record = await seed();
		const { version } = await getDetail(record.reference);

		const response = await decide(record.reference, {
			action: 'deny',
			version,
			note: 'Missing course.',
		});
		const stored = await readApplication(record.reference);

		expect(response.status).toBe(200);
		expect((await response.json()).emailSent).toBe(false);
		expect(stored?.record.status).toBe('denied');
		expect(stored?.record.emails.find((email) => email.kind === 'decision')).toMatchObject({
			status: 'failed',
			attempts: 1,
		});
	});

	it('shows markup in the applicant’s name as text, escaped once, and keeps it out of the subject (C11)', async () => {
		const name = 'Sam <a href="https://phish.example">Verify</a>';
		const record = await seed({
			applicant: { fullName: name, agency: '<img src=x onerror=alert(1)>' },
		});
		const { version } = await getDetail(record.reference);

		await decide(record.reference, { action: 'deny', version, note: 'See {{email}} <b>now</b>' });
		const [email] = await outboxMessages();

		expect(email.html).toContain(
			'Dear Sam &lt;a href=&quot;https://phish.example&quot;&gt;Verify&lt;/a&gt;,',
		);
		expect(email.html).not.toContain('<a href="https://phish.example">');
		expect(email.html).toContain('See {{email}} &lt;b&gt;now&lt;/b&gt;');
		expect(email.html).not.toContain('&amp;lt;');
		expect(email.text).toContain(`Dear ${name},`);
		expect(email.subject).not.toMatch(/[<>]/);
	});
});

describe('the queue, documents and export', () => {
	it('lists applications with the clock and keeps applicant text literal (C11)', async () => {
		const record = await seed({
			applicant: { fullName: 'Sam <script>alert(1)</script>' },
			submittedAt: new Date(Date.now() - 40 * 86_400_000).toISOString(),
		});

		const response = await reviewApplications(
			new Request(`${SITE}/api/review/applications?q=sam`, { headers: await as() }),
			context(),
		);
		const body = await response.json();
		const row = body.rows.find(
			(item: { reference: string }) => item.reference === record.reference,
		);

		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(row).toMatchObject({
			applicant: 'Sam <script>alert(1)</script>',
			dueState: 'overdue',
			daysWaiting: 40,
		});
	});

	it('serves a document with its real type, as an attachment, with nosniff (C13)', async () => {
		const id = 'upl_letterAAAAAAAAAA';
		const record = await seed({
			documents: [
				{
					id,
					name: 'Carta de apoyo – Peña.pdf',
					type: 'application/pdf',
					size: 9,
					path: 'letters.0.document',
				},
			],
		});
		await getDocumentsStore().set(
			`applications/${record.reference}/${id}`,
			new TextEncoder().encode('%PDF-1.7\n').buffer as ArrayBuffer,
			{
				metadata: {
					name: 'Carta de apoyo – Peña.pdf',
					type: 'application/pdf',
					size: 9,
					uploadedAt: record.submittedAt,
					path: 'letters.0.document',
				},
			},
		);

		const response = await reviewDocument(
			new Request(`${SITE}/api/review/applications/${record.reference}/documents/${id}`, {
				headers: await as(),
			}),
			context({ reference: record.reference, document: id }),
		);

		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('content-disposition')).toBe(
			`attachment; filename="Carta de apoyo  Pena.pdf"; filename*=UTF-8''Carta%20de%20apoyo%20%E2%80%93%20Pe%C3%B1a.pdf`,
		);
		expect(await response.text()).toBe('%PDF-1.7\n');
	});

	it('exports the day’s decisions as CSV', async () => {
		const record = await seed({ applicant: { agency: '=HYPERLINK("http://x.example","Open")' } });
		const { version } = await getDetail(record.reference);
		await decide(record.reference, { action: 'deny', version, note: 'Missing course.' });
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
			new Date(),
		);

		const response = await reviewExport(
			new Request(`${SITE}/api/review/export?kind=applications&from=2020-01-01&to=${today}`, {
				headers: await as(),
			}),
			context(),
		);
		const csv = await response.text();

		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="sro-applications-/,
		);
		expect(csv).toContain(`${record.reference},`);
		expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""Open"")"`);
	});
});
