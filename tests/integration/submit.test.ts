import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setEnvironmentContext } from '@netlify/blobs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	listApplicationReferences,
	listPendingUploads,
	listQueuedEmails,
	readApplication,
	readDocument,
} from '../../src/server/applications-store.ts';
import { retryQueuedEmails } from '../../src/server/email-delivery.ts';
import { handleSubmit } from '../../src/server/submit-application.ts';
import {
	advancedApplication,
	basicApplication,
	intermediateApplication,
	seniorApplication,
	training,
} from '../support/applications.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { restoreEnv, type TestContent, useTestContent } from '../support/content.ts';
import { type FakeResend, RESEND_ANSWERS, startFakeResend } from '../support/fake-resend.ts';
import { makeJpeg, makePdf } from '../support/files.ts';
import { makeContext, makeJsonRequest, upload } from '../support/requests.ts';

let blobs: TestBlobs;
let content: TestContent;
let resend: FakeResend;
const savedEnv = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };

beforeAll(async () => {
	[blobs, content, resend] = await Promise.all([
		startBlobsServer(),
		useTestContent(),
		startFakeResend(),
	]);
});

beforeEach(() => {
	process.env.RESEND_API_KEY = 're_test_key';
	process.env.RESEND_BASE_URL = resend.url;
	resend.reset();
});

afterEach(() => {
	restoreEnv('RESEND_API_KEY', savedEnv.key);
	restoreEnv('RESEND_BASE_URL', savedEnv.url);
	vi.restoreAllMocks();
});

afterAll(async () => {
	await Promise.all([blobs.stop(), content.restore(), resend.stop()]);
});

interface Answer {
	status: number;
	body: {
		reference?: string;
		receipt?: string;
		message?: string;
		errors?: { path: string; message: string }[];
		requestId?: string;
	};
}

const submit = async (
	application: unknown,
	options: { key?: string; website?: string; now?: Date } = {},
): Promise<Answer> => {
	const headers: Record<string, string> = options.key ? { 'idempotency-key': options.key } : {};
	const body = {
		application,
		...(options.website === undefined ? {} : { website: options.website }),
	};
	const response = await handleSubmit(
		makeJsonRequest('http://localhost/api/applications', body, headers),
		makeContext(),
		{
			...(options.now ? { now: options.now } : {}),
		},
	);

	return { status: response.status, body: await response.json() };
};

const pathsOf = (answer: Answer) => answer.body.errors?.map((error) => error.path) ?? [];
const emailsTo = (address: string) =>
	resend.received.filter(({ body }) => body.to === address || body.to[0] === address);

describe('POST /api/applications', () => {
	it('stores a Basic application with a PDF and a JPEG, moves the files under it and sends both emails', async () => {
		const pdf = await upload(makePdf(), 'SRO Basic certificate.pdf', 'application/pdf');
		const jpeg = await upload(makeJpeg(), 'assessment.jpg', 'image/jpeg');
		const application = basicApplication({
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
				training('Threat assessment', 4),
			],
		});

		const answer = await submit(application, { key: 'key-basic-happy-path' });

		expect(answer.status).toBe(201);
		expect(answer.body).toEqual({
			reference: expect.stringMatching(/^SRO-\d{4}-\d{5}$/),
			receipt: 'sent',
		});
		const reference = answer.body.reference ?? '';
		const stored = await readApplication(reference);
		expect(stored?.record).toMatchObject({
			reference,
			status: 'submitted',
			documents: [
				{
					id: pdf,
					name: 'SRO Basic certificate.pdf',
					type: 'application/pdf',
					path: 'training.0.document',
				},
				{ id: jpeg, name: 'assessment.jpg', type: 'image/jpeg', path: 'training.1.document' },
			],
		});
		expect(
			stored?.record.emails.map(({ kind, recipient, status, attempts }) => ({
				kind,
				recipient,
				status,
				attempts,
			})),
		).toEqual([
			{ kind: 'receipt', recipient: 'applicant', status: 'sent', attempts: 1 },
			{ kind: 'committee-notice', recipient: 'committee', status: 'sent', attempts: 1 },
		]);
		expect(stored?.record.history.map(({ action }) => action)).toEqual([
			'submitted',
			'email-sent',
			'email-sent',
		]);
		expect((await readDocument(reference, pdf))?.metadata.path).toBe('training.0.document');
		expect(await listPendingUploads()).not.toContain(pdf);
		expect(await listQueuedEmails()).not.toContain(reference);

		const [receipt] = emailsTo('officer@agency.example.gov');
		expect(receipt?.body.subject).toBe(
			`We received your application ${reference} for the Basic certificate`,
		);
		expect(receipt?.body.text).toContain('about 30 days');
		expect(receipt?.authorization).toBe('Bearer re_test_key');
		expect(emailsTo('committee@acss.example.org')).toHaveLength(1);
	});

	it.each([
		{
			level: 'intermediate',
			make: async () => intermediateApplication(await upload(makePdf(), 'letter.pdf')),
		},
		{
			level: 'advanced',
			make: async () =>
				advancedApplication({
					agencyLetter: await upload(makePdf(), 'agency.pdf'),
					schoolLetter: await upload(makePdf(), 'school.pdf'),
					college: await upload(makePdf(), 'transcript.pdf'),
				}),
		},
		{
			level: 'senior',
			make: async () =>
				seniorApplication({
					letters: [
						await upload(makePdf(), 'c.pdf'),
						await upload(makePdf(), 's.pdf'),
						await upload(makePdf(), 'a.pdf'),
					],
					english: await upload(makePdf(), 'english.pdf'),
					other: await upload(makePdf(), 'psych.pdf'),
					instructor: await upload(makePdf(), 'instructor.pdf'),
				}),
		},
	])(
		'accepts a complete $level application from an officer holding the level before',
		async ({ make }) => {
			const answer = await submit(await make());

			expect(answer.status).toBe(201);
		},
	);

	describe('the sequence rule', () => {
		const withCertificate = async (certificate: string, fullName = "D'Arcy Test-Pena") => {
			const application = intermediateApplication(await upload(makePdf(), 'letter.pdf'));

			return submit({
				...application,
				currentCertificate: certificate,
				applicant: { ...application.applicant, fullName },
				attestation: { ...application.attestation, typedName: fullName },
			});
		};

		it.each([
			{
				case: 'a number not on the roster',
				certificate: 'ACSS-1-2016-0999',
				message: /cannot find certificate/,
			},
			{
				case: 'a certificate of another level',
				certificate: 'ACSS-2-2018-0901',
				message: /not a Basic certificate/,
			},
			{ case: 'an inactive officer', certificate: 'ACSS-1-2019-0902', message: /inactive/ },
		])('refuses $case at currentCertificate', async ({ certificate, message }) => {
			const answer = await withCertificate(certificate);

			expect(answer.status).toBe(400);
			expect(answer.body.errors).toEqual([
				{ path: 'currentCertificate', message: expect.stringMatching(message) },
			]);
		});

		it('refuses a certificate issued to another name', async () => {
			const answer = await withCertificate('ACSS-1-2016-0901', 'Somebody Else');

			expect(answer.body.errors).toEqual([
				{ path: 'currentCertificate', message: expect.stringMatching(/different name/) },
			]);
		});

		it('forgives case, spaces and an en dash in the typed number', async () => {
			expect((await withCertificate(' acss–1–2016–0901 ')).status).toBe(201);
		});
	});

	it("refuses an application that misses its level's rules, listing each rule in the form's words", async () => {
		const answer = await submit(
			basicApplication({
				training: [
					training('SRO Basic', 10, { requiredCourse: 'SRO Basic course' }),
					training('Site safety', 8, {
						requiredCourse: 'School Site Safety Assessment course',
						aclestCertified: false,
					}),
					training('Threat assessment', 2),
				],
			}),
		);

		expect(answer.status).toBe(400);
		expect(answer.body.errors).toEqual([
			{
				path: 'training',
				message:
					'Not met yet: SRO Basic course, at least 40 hours (listed with 10 hours, and it must last at least 40)',
			},
			{
				path: 'training',
				message:
					'Not met yet: School Site Safety Assessment course, ACLEST-certified (listed, but not marked ACLEST-certified)',
			},
			{
				path: 'training',
				message:
					"Not met yet: At least one more ACLEST-certified school-safety course of at least 4 hours (0 of 4 hours count; a course counts only if it is ACLEST-certified, has a certificate or CJI's record, and lasts at least 4 hours)",
			},
		]);
		expect(answer.body.message).toMatch(/problem/);
	});

	it('lists every schema problem by field path with a plain message', async () => {
		const application = basicApplication();
		const answer = await submit({
			...application,
			applicant: { ...application.applicant, email: 'not an email', schoolYears: -1 },
			attestation: { ...application.attestation, agreed: false },
		});

		expect(answer.status).toBe(400);
		expect(answer.body.errors).toEqual(
			expect.arrayContaining([
				{
					path: 'applicant.email',
					message: 'Enter an email address we can reply to, like name@agency.gov',
				},
				{ path: 'applicant.schoolYears', message: 'Enter 0 or more school years' },
				{
					path: 'attestation.agreed',
					message: 'Confirm that the information is true and complete',
				},
			]),
		);
	});

	describe('C12: real names', () => {
		it.each([
			{ fullName: 'Siobhán O’Neil-Peña' },
			{ fullName: "Siobhán O'Neil-Peña" },
			{ fullName: 'Nguyễn Thị Mai' },
			{ fullName: 'D’Arcy Scott' },
		])('stores $fullName exactly as typed, in NFC', async ({ fullName }) => {
			const typed = `  ${fullName.normalize('NFD')}  `;
			const application = basicApplication();

			const answer = await submit({
				...application,
				applicant: {
					...application.applicant,
					fullName: typed,
					agency: '  Conway Police Department ',
				},
				attestation: { ...application.attestation, typedName: fullName.replace('’', "'") },
			});

			expect(answer.status).toBe(201);
			const stored = await readApplication(answer.body.reference ?? '');
			expect(stored?.record.application.applicant.fullName).toBe(fullName.normalize('NFC'));
			expect(stored?.record.application.applicant.agency).toBe('Conway Police Department');
		});
	});

	describe('C08: duplicate writes', () => {
		it('answers a second send with the same key and a changed phone with the first reference, storing one application and one receipt', async () => {
			const before = (await listApplicationReferences()).length;
			const application = basicApplication({
				applicant: { ...basicApplication().applicant, email: 'c08@agency.example.gov' },
			});

			const first = await submit(application, { key: 'c08-key-changed-phone' });
			const second = await submit(
				{ ...application, applicant: { ...application.applicant, phone: '870-555-0199' } },
				{ key: 'c08-key-changed-phone' },
			);

			expect(first.status).toBe(201);
			expect(second).toEqual({
				status: 200,
				body: { reference: first.body.reference, receipt: 'sent' },
			});
			expect((await listApplicationReferences()).length).toBe(before + 1);
			const stored = await readApplication(first.body.reference ?? '');
			expect(stored?.record.application.applicant.phone).toBe('501-555-0100');
			expect(emailsTo('c08@agency.example.gov')).toHaveLength(1);
		});

		it('stores one application and sends one receipt for two sends at the same instant', async () => {
			const before = (await listApplicationReferences()).length;
			const application = basicApplication({
				applicant: { ...basicApplication().applicant, email: 'c08-same@agency.example.gov' },
			});

			const answers = await Promise.all([
				submit(application, { key: 'c08-key-same-instant' }),
				submit(application, { key: 'c08-key-same-instant' }),
			]);

			expect(answers.map(({ status }) => status).sort()).toEqual([200, 201]);
			expect(answers[0]?.body.reference).toBe(answers[1]?.body.reference);
			expect((await listApplicationReferences()).length).toBe(before + 1);
			expect(emailsTo('c08-same@agency.example.gov')).toHaveLength(1);
		});

		it('lets a key whose first send was refused go through once corrected', async () => {
			const refused = await submit(basicApplication({ training: [] }), {
				key: 'c08-key-refused-first',
			});
			const corrected = await submit(basicApplication(), { key: 'c08-key-refused-first' });

			expect(refused.status).toBe(400);
			expect(corrected.status).toBe(201);
		});
	});

	describe('C10: email provider refusals', () => {
		it.each([
			{
				case: '429 with retry-after: 1',
				answer: RESEND_ANSWERS.rateLimited,
				error: /429 rate_limit_exceeded/,
			},
			{
				case: '403 domain not verified',
				answer: RESEND_ANSWERS.domainNotVerified,
				error: /403 .*not verified/,
			},
			{ case: '500', answer: RESEND_ANSWERS.serverError, error: /500/ },
			{ case: 'a bad key (401)', answer: RESEND_ANSWERS.badKey, error: /401/ },
			{
				case: 'an answer with no message id',
				answer: RESEND_ANSWERS.noMessageId,
				error: /without a message id/,
			},
		])(
			'keeps the application, says "queued", records $case and sends it on the retry',
			async ({ answer, error }) => {
				const email = `c10-${Math.random().toString(36).slice(2)}@agency.example.gov`;
				resend.script(answer, answer);
				const now = new Date();

				const result = await submit(
					basicApplication({ applicant: { ...basicApplication().applicant, email } }),
					{ now },
				);

				expect(result.status).toBe(201);
				expect(result.body.receipt).toBe('queued');
				const reference = result.body.reference ?? '';
				const stored = await readApplication(reference);
				const receipt = stored?.record.emails.find(({ kind }) => kind === 'receipt');
				expect(receipt).toMatchObject({
					status: 'failed',
					attempts: 1,
					lastError: expect.stringMatching(error),
				});
				expect(receipt?.messageId).toBeUndefined();
				expect(Date.parse(receipt?.nextAttemptAt ?? '')).toBeGreaterThanOrEqual(
					now.getTime() + 60_000,
				);
				expect(stored?.record.history.some(({ action }) => action === 'email-failed')).toBe(true);
				expect(await listQueuedEmails()).toContain(reference);

				// Too early: nothing is tried again.
				await retryQueuedEmails(new Date(now.getTime() + 30_000));
				expect(emailsTo(email)).toHaveLength(1);

				await retryQueuedEmails(new Date(now.getTime() + 5 * 60_000));

				const after = await readApplication(reference);
				expect(after?.record.emails.map(({ status }) => status)).toEqual(['sent', 'sent']);
				expect(await listQueuedEmails()).not.toContain(reference);
				const tries = emailsTo(email);
				expect(tries).toHaveLength(2);
				// The same idempotency key on every try, so Resend never delivers two copies.
				expect(tries[0]?.idempotencyKey).toBe(tries[1]?.idempotencyKey);
			},
		);

		it('keeps the application and says "queued" when the provider cannot be reached', async () => {
			process.env.RESEND_BASE_URL = 'http://127.0.0.1:9';

			const result = await submit(basicApplication());

			expect(result).toEqual({
				status: 201,
				body: { reference: expect.any(String), receipt: 'queued' },
			});
			const stored = await readApplication(result.body.reference ?? '');
			expect(stored?.record.emails.every(({ status }) => status === 'failed')).toBe(true);
		});
	});

	describe('C11: markup in user text', () => {
		it('shows names and agencies literally in both emails, escaped exactly once, with plain subjects', async () => {
			const name = 'Sam <a href="https://phish.example">Verify</a>';
			const agency = '<img src=x onerror=alert(1)>';
			const application = basicApplication();
			const email = 'c11@agency.example.gov';

			const answer = await submit({
				...application,
				applicant: { ...application.applicant, fullName: name, agency, campus: '{{email}}', email },
				attestation: { ...application.attestation, typedName: name },
			});

			expect(answer.status).toBe(201);
			const [receipt] = emailsTo(email);
			const [notice] = resend.received.filter(
				({ body }) => body.subject.includes(answer.body.reference ?? '?') && body !== receipt?.body,
			);
			for (const sent of [receipt, notice]) {
				expect(sent?.body.subject).not.toMatch(/[<>]/);
				expect(sent?.body.html).not.toContain('<a href="https://phish.example">');
				expect(sent?.body.html).not.toContain('<img');
				expect(sent?.body.html).not.toContain('&amp;lt;');
			}
			expect(receipt?.body.html).toContain(
				'Dear Sam &lt;a href=&quot;https://phish.example&quot;&gt;Verify&lt;/a&gt;,',
			);
			expect(receipt?.body.text).toContain(`Dear ${name},`);
			expect(notice?.body.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
			expect(notice?.body.text).toContain(agency);
			expect(notice?.body.text).not.toContain(email);
			const stored = await readApplication(answer.body.reference ?? '');
			expect(stored?.record.application.applicant.campus).toBe('{{email}}');
		});
	});

	describe('documents', () => {
		it('refuses an id that is not a pending upload, at its field', async () => {
			const answer = await submit(
				basicApplication({
					training: [
						training('SRO Basic', 40, {
							requiredCourse: 'SRO Basic course',
							throughCji: false,
							document: 'upl_doesNotExist000000',
						}),
						...basicApplication().training.slice(1),
					],
				}),
			);

			expect(answer.status).toBe(400);
			expect(answer.body.errors).toEqual([
				{ path: 'training.0.document', message: expect.stringMatching(/upload it again/i) },
			]);
		});

		it('refuses one file attached to two answers', async () => {
			const id = await upload(makePdf(), 'letter.pdf');
			const application = intermediateApplication(id);

			const answer = await submit({
				...application,
				letters: [
					...application.letters,
					{ authorName: 'Principal Ana Ruiz', authorRole: 'school', document: id },
				],
			});

			expect(pathsOf(answer)).toEqual(['letters.1.document']);
		});

		it('refuses a 16th document', async () => {
			const ids = await Promise.all(
				Array.from({ length: 16 }, (_, index) => upload(makePdf(), `course-${index}.pdf`)),
			);
			const answer = await submit(
				basicApplication({
					training: [
						...basicApplication().training,
						...ids.map((document, index) =>
							training(`Course ${index}`, 1, { throughCji: false, document }),
						),
					],
				}),
			);

			expect(answer.status).toBe(400);
			expect(pathsOf(answer)).toEqual(['training.18.document']);
		});

		it('refuses documents adding up to more than 30 MB, and stores nothing', async () => {
			const big = makePdf(3.9 * 1024 * 1024);
			const ids: string[] = [];
			for (let index = 0; index < 8; index++) ids.push(await upload(big, `scan-${index}.pdf`));
			const before = (await listApplicationReferences()).length;

			const answer = await submit(
				basicApplication({
					training: [
						...basicApplication().training,
						...ids.map((document, index) =>
							training(`Course ${index}`, 1, { throughCji: false, document }),
						),
					],
				}),
			);

			expect(answer.status).toBe(400);
			expect(answer.body.errors?.[0]?.message).toMatch(/more than 30 MB/);
			expect((await listApplicationReferences()).length).toBe(before);
			expect(await listPendingUploads()).toEqual(expect.arrayContaining(ids));
		});
	});

	describe('refusals of the request itself', () => {
		const post = (body: string, headers: Record<string, string>) =>
			handleSubmit(
				new Request('http://localhost/api/applications', { method: 'POST', headers, body }),
				makeContext(),
			);

		it('answers malformed JSON with 400', async () => {
			const response = await post('{"application": {', { 'content-type': 'application/json' });

			expect(response.status).toBe(400);
			expect(await response.json()).toMatchObject({
				message: expect.stringMatching(/not valid JSON/),
				errors: [],
			});
		});

		it('answers a form-encoded body with 415', async () => {
			const response = await post('application=x', {
				'content-type': 'application/x-www-form-urlencoded',
			});

			expect(response.status).toBe(415);
		});

		it('C06: answers a body over 256 KB with 413 and stores nothing', async () => {
			const before = (await listApplicationReferences()).length;
			const response = await post(
				JSON.stringify({ application: basicApplication(), padding: 'x'.repeat(300 * 1024) }),
				{
					'content-type': 'application/json',
				},
			);

			expect(response.status).toBe(413);
			expect(await response.json()).toMatchObject({
				message: expect.stringMatching(/larger than 256 KB/),
			});
			expect((await listApplicationReferences()).length).toBe(before);
		});

		it('names unknown fields, at the top and inside the application', async () => {
			const application = basicApplication();
			const top = await submit(application, {});
			expect(top.status).toBe(201);

			const response = await post(
				JSON.stringify({
					application: { ...application, applicant: { ...application.applicant, nickname: 'Sam' } },
					referrer: 'ad',
				}),
				{ 'content-type': 'application/json' },
			);
			const envelopeAnswer = await response.json();
			expect(response.status).toBe(400);
			expect(envelopeAnswer.errors).toEqual([
				{ path: 'referrer', message: expect.stringMatching(/not part of the application/) },
			]);

			const nested = await submit({
				...application,
				applicant: { ...application.applicant, nickname: 'Sam' },
			});
			expect(nested.body.errors).toEqual([
				{
					path: 'applicant.nickname',
					message: expect.stringMatching(/not part of the application/),
				},
			]);
		});

		it('refuses a filled honeypot with a bland 400 and stores nothing', async () => {
			const before = (await listApplicationReferences()).length;

			const answer = await submit(basicApplication(), { website: 'https://spam.example' });

			expect(answer.status).toBe(400);
			expect(answer.body).toMatchObject({
				errors: [],
				message: expect.not.stringMatching(/website|honeypot/i),
			});
			expect((await listApplicationReferences()).length).toBe(before);
		});

		it('refuses a malformed Idempotency-Key', async () => {
			const answer = await submit(basicApplication(), { key: 'x y' });

			expect(answer.status).toBe(400);
			expect(pathsOf(answer)).toEqual(['Idempotency-Key']);
		});
	});

	it('says applications are closed when settings say so', async () => {
		const settingsFile = join(content.dir, 'settings', 'site.yml');
		const original = await readFile(settingsFile, 'utf8');
		await writeFile(
			settingsFile,
			original.replace('applicationsOpen: true', 'applicationsOpen: false'),
		);
		// A fresh folder name skips the 30-second content cache.
		const moved = `${content.dir}-closed`;
		await cp(content.dir, moved, { recursive: true });
		process.env.CONTENT_DIR = moved;
		try {
			const answer = await submit(basicApplication());

			expect(answer.status).toBe(403);
			expect(answer.body.message).toMatch(/not taking applications/);
		} finally {
			process.env.CONTENT_DIR = content.dir;
			await writeFile(settingsFile, original);
		}
	});

	it('answers an unexpected failure with 500, a plain sentence and the request ID, logging no personal data', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		setEnvironmentContext({
			siteID: 'test-site',
			token: 'x',
			edgeURL: 'http://127.0.0.1:9',
			uncachedEdgeURL: 'http://127.0.0.1:9',
		});
		try {
			const answer = await submit(basicApplication(), { key: 'key-for-the-500-test' });

			expect(answer.status).toBe(500);
			expect(answer.body).toEqual({
				message: expect.stringMatching(/went wrong on our side/),
				errors: [],
				requestId: expect.stringMatching(/^req-test-/),
			});
			const lines = log.mock.calls.map(([line]) => String(line));
			expect(lines.length).toBeGreaterThan(0);
			for (const line of lines) {
				expect(JSON.parse(line)).toMatchObject({
					msg: expect.any(String),
					requestId: answer.body.requestId,
					step: expect.any(String),
				});
				expect(line).not.toMatch(/Siobhán|officer@agency|501-555/);
			}
		} finally {
			setEnvironmentContext({
				siteID: 'test-site',
				token: 'test-token',
				edgeURL: blobs.url,
				uncachedEdgeURL: blobs.url,
			});
		}
	});

	it('gives 50 parallel submits 50 distinct references', async () => {
		const answers = await Promise.all(
			Array.from({ length: 50 }, () =>
				submit(basicApplication(), { now: new Date('2030-03-01T12:00:00Z') }),
			),
		);

		expect(answers.every(({ status }) => status === 201)).toBe(true);
		const references = answers.map(({ body }) => body.reference);
		expect(new Set(references).size).toBe(50);
		const stored = await listApplicationReferences();
		expect(stored.filter((reference) => reference.startsWith('SRO-2030-'))).toHaveLength(50);
	});
});

describe('the local outbox', () => {
	it('writes each email as a JSON file with to, subject, text and html when RESEND_API_KEY is not set', async () => {
		delete process.env.RESEND_API_KEY;
		const outbox = join(content.dir, 'outbox');
		process.env.OUTBOX_DIR = outbox;
		try {
			const answer = await submit(basicApplication());

			expect(answer.body.receipt).toBe('sent');
			const files = await readdir(outbox);
			expect(files).toHaveLength(2);
			const messages = await Promise.all(
				files.map(async (file) => JSON.parse(await readFile(join(outbox, file), 'utf8'))),
			);
			expect(messages.map(({ to }) => to).sort()).toEqual([
				'committee@acss.example.org',
				'officer@agency.example.gov',
			]);
			for (const message of messages) {
				expect(message).toMatchObject({
					subject: expect.stringContaining(answer.body.reference ?? '?'),
					text: expect.any(String),
					html: expect.stringContaining('<html'),
				});
			}
			expect(resend.received).toHaveLength(0);
		} finally {
			delete process.env.OUTBOX_DIR;
		}
	});
});
