import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import retryEmails, { config } from '../../functions/retry-emails.ts';
import {
	listQueuedEmails,
	readApplication,
	updateApplication,
} from '../../src/server/applications-store.ts';
import { MAX_EMAIL_ATTEMPTS } from '../../src/server/email-delivery.ts';
import { handleSubmit } from '../../src/server/submit-application.ts';
import { basicApplication } from '../support/applications.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { restoreEnv, type TestContent, useTestContent } from '../support/content.ts';
import { type FakeResend, RESEND_ANSWERS, startFakeResend } from '../support/fake-resend.ts';
import { makeContext, makeJsonRequest } from '../support/requests.ts';

let blobs: TestBlobs;
let content: TestContent;
let resend: FakeResend;
const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };

beforeAll(async () => {
	[blobs, content, resend] = await Promise.all([
		startBlobsServer(),
		useTestContent(),
		startFakeResend(),
	]);
	process.env.RESEND_API_KEY = 're_test_key';
	process.env.RESEND_BASE_URL = resend.url;
});

afterEach(() => resend.reset());

afterAll(async () => {
	restoreEnv('RESEND_API_KEY', saved.key);
	restoreEnv('RESEND_BASE_URL', saved.url);
	await Promise.all([blobs.stop(), content.restore(), resend.stop()]);
});

/** Submits while Resend refuses both emails, then makes them due now. */
async function submitWithFailedEmails(attempts = 1): Promise<string> {
	resend.script(RESEND_ANSWERS.serverError, RESEND_ANSWERS.serverError);
	const response = await handleSubmit(
		makeJsonRequest('http://localhost/api/applications', { application: basicApplication() }),
		makeContext(),
	);
	const { reference } = (await response.json()) as { reference: string };
	await updateApplication(reference, (record) => ({
		...record,
		emails: record.emails.map((email) => ({
			...email,
			attempts,
			nextAttemptAt: new Date(Date.now() - 1000).toISOString(),
		})),
	}));

	return reference;
}

it('runs on a schedule', () => {
	expect(config.schedule).toBe('*/10 * * * *');
});

it('sends the queued emails that are due and takes the application off the queue', async () => {
	const reference = await submitWithFailedEmails();

	await retryEmails();

	const stored = await readApplication(reference);
	expect(stored?.record.emails.map(({ status, attempts }) => ({ status, attempts }))).toEqual([
		{ status: 'sent', attempts: 2 },
		{ status: 'sent', attempts: 2 },
	]);
	expect(await listQueuedEmails()).not.toContain(reference);
});

it('stops trying after the last attempt and leaves the email marked failed', async () => {
	const reference = await submitWithFailedEmails(MAX_EMAIL_ATTEMPTS - 1);
	const triedAtSubmit = resend.received.length;
	resend.answerWith(500);

	await retryEmails();
	await retryEmails();

	const stored = await readApplication(reference);
	expect(
		stored?.record.emails.every(
			({ status, attempts }) => status === 'failed' && attempts === MAX_EMAIL_ATTEMPTS,
		),
	).toBe(true);
	// One try per email in the first run, none in the second.
	expect(resend.received.length - triedAtSubmit).toBe(2);
	expect(await listQueuedEmails()).not.toContain(reference);
});
