import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeEmailEntry } from '../../src/server/email-delivery.ts';
import {
	createApplication,
	listPendingUploads,
	queueEmails,
	readApplication,
	savePendingUpload,
} from '../../src/server/applications-store.ts';
import { runHousekeeping } from '../../src/server/housekeeping.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';
import { makeRecord } from '../support/review-records.ts';

const NOW = new Date('2026-12-03T14:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
let blobs: TestBlobs;
let outbox: string;

const outboxMessages = async () =>
	Promise.all(
		(await readdir(outbox)).map(async (file) =>
			JSON.parse(await readFile(join(outbox, file), 'utf8')),
		),
	);

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

beforeEach(async () => {
	outbox = await mkdtemp(join(tmpdir(), 'sro-outbox-'));
	process.env.OUTBOX_DIR = outbox;
});

afterEach(async () => {
	delete process.env.OUTBOX_DIR;
	await rm(outbox, { recursive: true, force: true });
});

describe('the daily housekeeping', () => {
	it('retries unsent emails, sends the committee a digest of due and overdue applications, and clears old uploads', async () => {
		const failed = makeRecord({ reference: 'SRO-2026-00701', submittedAt: daysAgo(2) });
		const email = makeEmailEntry(
			'decision',
			'applicant',
			{
				to: failed.application.applicant.email,
				subject: 'Decision',
				text: 'Decided.',
				html: '<p>Decided.</p>',
			},
			NOW,
		);
		failed.emails.push({ ...email, status: 'failed', attempts: 1, nextAttemptAt: daysAgo(1) });
		await createApplication(failed);
		await queueEmails(failed.reference, NOW);
		await createApplication(
			makeRecord({
				reference: 'SRO-2026-00702',
				submittedAt: daysAgo(40),
				applicant: { fullName: 'Ovi <b>Overdue</b>' },
			}),
		);
		await createApplication(makeRecord({ reference: 'SRO-2026-00703', submittedAt: daysAgo(25) }));
		await createApplication(
			makeRecord({ reference: 'SRO-2026-00704', submittedAt: daysAgo(40), status: 'approved' }),
		);
		const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
		const meta = (at: string) => ({
			name: 'a.pdf',
			type: 'application/pdf' as const,
			size: bytes.byteLength,
			uploadedAt: at,
		});
		await savePendingUpload('upl_oldUpload000000', bytes, meta(daysAgo(3)));
		await savePendingUpload('upl_newUpload000000', bytes, meta(daysAgo(1)));

		const summary = await runHousekeeping(NOW, 'https://sro.example.org');
		const messages = await outboxMessages();
		const digest = messages.find((message) => message.to === 'committee@acss.example.org');

		expect(summary.emails.sent).toBe(1);
		expect((await readApplication(failed.reference))?.record.emails[0]?.status).toBe('sent');
		expect(summary.digest).toEqual({ due: 2, sent: true });
		expect(digest.subject).toBe('Applications due: 1 overdue, 1 due within 7 days (2026-12-03)');
		expect(digest.text).toContain('SRO-2026-00702, Ovi <b>Overdue</b> (basic): overdue by 10 days');
		expect(digest.text).toContain('SRO-2026-00703');
		expect(digest.text).not.toContain('SRO-2026-00704');
		expect(digest.html).toContain('Ovi &lt;b&gt;Overdue&lt;/b&gt;');
		expect(summary.removedUploads).toBe(1);
		expect(await listPendingUploads()).toEqual(['upl_newUpload000000']);
	});
});
