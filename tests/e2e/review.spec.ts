/**
 * The committee's whole loop in Chromium against the built site, its functions and a fresh local
 * Blobs store: an application submitted through the real API, a reviewer signing in locally,
 * opening the documents, asking for more information, the applicant replying from /status/, the
 * approval, the decision email in the outbox and the roster change offered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect as baseExpect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { makeBasicInput } from '../support/review-records.ts';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

// The first call to each function bundles it, which takes seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });

const OUTBOX = '.netlify/outbox';
const APPLICANT = {
	fullName: 'Tamsin Okafor',
	email: 'tamsin.okafor@agency.example.gov',
	agency: 'Conway <img src=x onerror=alert(1)> Police',
};
const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);
const today = () =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());

let reference = '';

const axe = async (page: Page) => {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(results.violations).toEqual([]);
};

async function upload(request: APIRequestContext, name: string): Promise<string> {
	const response = await request.post('/api/uploads', {
		multipart: { file: { name, mimeType: 'application/pdf', buffer: PDF } },
	});
	expect(response.status(), await response.text()).toBe(201);

	return (await response.json()).id;
}

async function signIn(page: Page, role = 'Reviewer') {
	await page.goto('/review/');
	await expect(page.getByRole('heading', { name: 'Development sign-in' })).toBeVisible();
	await page.getByLabel('Your name').fill('Riley Reviewer');
	await page.getByLabel('Email address').fill('riley@localhost.test');
	await page.getByLabel('Role').selectOption({ label: role });
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('Signed in as').or(page.getByRole('alert'))).toBeVisible();
}

test.beforeAll(async ({ request }) => {
	const certificate = await upload(request, 'Threat assessment certificate.pdf');
	const input = makeBasicInput(APPLICANT);
	const third = input.training[2];
	if (!third) throw new Error('The Basic fixture has three training entries.');
	input.training[2] = {
		...third,
		throughCji: false,
		document: certificate,
		provider: 'Arkansas Safe Schools Association',
	};
	input.attestation.date = today();

	const response = await request.post('/api/applications', {
		headers: { 'idempotency-key': crypto.randomUUID() },
		data: { application: input },
	});
	expect(response.status(), await response.text()).toBe(201);
	reference = (await response.json()).reference;
});

test('the review pages are never cached nor indexed, and the API refuses anonymous callers', async ({
	page,
	request,
}) => {
	const response = await page.goto('/review/');

	expect(response?.headers()['cache-control']).toBe('no-store');
	expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
	expect((await request.get('/api/review/applications')).status()).toBe(401);
	await axe(page);
});

test('a signed-in editor without the reviewer role is refused', async ({ page }) => {
	await signIn(page, 'Editor (no review access)');

	await expect(page.getByRole('alert')).toContainText('does not have the reviewer role');
});

test('a reviewer finds the application, opens its documents and asks for more information (C11)', async ({
	page,
}) => {
	await signIn(page);
	await expect(page.getByText('Signed in as')).toContainText('Riley Reviewer');
	await page.getByLabel('Name or reference').fill('okafor');
	await page.getByRole('button', { name: 'Show applications' }).click();
	const row = page.getByRole('row', { name: new RegExp(reference) });
	await expect(row).toContainText('Conway <img src=x onerror=alert(1)> Police');
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(row).toContainText('Waiting for review');
	await axe(page);

	await row.getByRole('link', { name: reference }).click();
	await expect(page.getByRole('heading', { name: /Tamsin Okafor/ })).toBeVisible();
	await expect(page.getByText('Conway <img src=x onerror=alert(1)> Police')).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(
		page.getByRole('row', { name: /^SRO Basic course, at least 40 hours Met/ }),
	).toBeVisible();
	await axe(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Threat assessment certificate.pdf' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('Threat assessment certificate.pdf');
	const documentUrl = download.url();
	const served = await page.request.get(documentUrl);
	expect(served.headers()['content-type']).toBe('application/pdf');
	expect(served.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(served.headers()['x-content-type-options']).toBe('nosniff');

	await page.getByLabel('Request more information').check();
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByText('Say what information the committee needs')).toBeVisible();
	await axe(page);
	await page
		.getByLabel('What the applicant should send')
		.fill('Send the letter of support from your chief.');
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByRole('status')).toContainText('Decision recorded');
	await expect(page.getByText('More information requested').first()).toBeVisible();
});

test('the applicant uploads a letter from /status/ and the application returns to the queue', async ({
	browser,
}) => {
	const applicant = await (await browser.newContext()).newPage();
	await applicant.goto('/status/');
	const reply = applicant.getByRole('form', { name: 'Send documents the committee asked for' });
	await reply.getByLabel('Your application’s reference').fill(reference);
	await reply.getByLabel('Email address on your application').fill(APPLICANT.email);
	await reply.getByLabel('Files to send', { exact: true }).setInputFiles({
		name: 'Letter from Chief Reyes.pdf',
		mimeType: 'application/pdf',
		buffer: PDF,
	});
	await reply.getByRole('button', { name: 'Send documents' }).click();

	await expect(applicant.getByText('back in its review queue')).toBeVisible();
	await axe(applicant);
	await applicant.close();
});

test('the reviewer approves, a second reviewer is told it changed; the email carries the certificate number and the roster entry matches', async ({
	page,
}) => {
	await signIn(page);
	await page.goto(`/review/application/?ref=${reference}`);
	await expect(page.getByText('Waiting for review').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Letter from Chief Reyes.pdf' })).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'documents-added by applicant' }),
	).toBeVisible();

	// A second reviewer has the same application open, and will decide after the first.
	const other = await page.context().newPage();
	await other.goto(`/review/application/?ref=${reference}`);
	await expect(other.getByRole('button', { name: 'Record decision' })).toBeVisible();

	await page.getByLabel('Approve').check();
	await page.getByRole('button', { name: 'Record decision' }).click();
	await expect(page.getByRole('status')).toContainText('Decision recorded');

	await other.getByLabel('Deny').check();
	await other.getByLabel('Reason for the denial').fill('Missing course.');
	await other.getByRole('button', { name: 'Record decision' }).click();
	await expect(other.getByRole('alert')).toContainText('Someone else changed this application');
	await expect(other.getByText('This application has been decided: approved.')).toBeVisible();
	await other.close();
	const number =
		(await page
			.getByRole('definition')
			.filter({ hasText: /^ACSS-/ })
			.textContent()) ?? '';
	expect(number).toMatch(/^ACSS-1-\d{4}-\d{4}$/);
	await axe(page);

	const emails = readdirSync(OUTBOX).map((file) =>
		JSON.parse(readFileSync(join(OUTBOX, file), 'utf8')),
	);
	const decision = emails.find(
		(email) => email.to === APPLICANT.email && email.text.includes(number),
	);
	expect(decision, 'the approval email is in the outbox').toBeDefined();
	expect(decision.text).toMatch(/\/roster\/tamsin-okafor\/\n/);

	const yaml = (await page.getByRole('figure').locator('pre').textContent()) ?? '';
	await expect(page.getByRole('figure')).toContainText('content/officers/tamsin-okafor.yml');
	expect(parse(yaml)).toEqual({
		name: APPLICANT.fullName,
		agency: APPLICANT.agency,
		district: 'Conway School District',
		campus: 'Conway High School',
		county: 'Faulkner',
		status: 'active',
		certificates: [{ level: 'basic', number, awarded: today() }],
	});
});

test('the CSV export downloads the range in Arkansas time and refuses a reversed range in place (C15)', async ({
	page,
}) => {
	await signIn(page);
	const exportForm = page.getByRole('form', { name: 'Export to a spreadsheet' });

	await exportForm.getByLabel('From', { exact: true }).fill('2026-12-31');
	await exportForm.getByLabel('To', { exact: true }).fill('2026-01-01');
	await exportForm.getByRole('button', { name: 'Download CSV' }).click();
	await expect(exportForm.getByRole('alert')).toHaveText(
		'Error: End the range on or after its start.',
	);
	await expect(page).toHaveURL(/\/review\/$/);
	await axe(page);

	await exportForm.getByLabel('From', { exact: true }).fill('2020-01-01');
	await exportForm.getByLabel('To', { exact: true }).fill(today());
	const download = page.waitForEvent('download');
	await exportForm.getByRole('button', { name: 'Download CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');

	expect(csv).toContain('Submitted (Arkansas time)');
	expect(csv).toMatch(new RegExp(`${reference},${today()} \\d\\d:\\d\\d C[SD]T,approved,basic,`));
	await expect(exportForm.getByRole('alert')).toHaveCount(0);
});
