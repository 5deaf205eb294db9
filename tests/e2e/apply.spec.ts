import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openServedBlobs, readOutbox, type ServedBlobs } from './support/served-blobs.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MB = 1024 * 1024;

/**
 * A one-page PDF that opens in a viewer, padded with comment lines in its content stream to about
 * `size` bytes, with a correct cross-reference table.
 */
function makePdf(size = 0): Buffer {
	const text = 'BT /F1 12 Tf 72 720 Td (Certificate of completion) Tj ET\n';
	const stream =
		text +
		'%'
			.padEnd(63, ' ')
			.concat('\n')
			.repeat(Math.max(0, Math.ceil((size - 700) / 64)));
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets = objects.map((object, index) => {
		const offset = body.length;
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
		return offset;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;

	return Buffer.from(body, 'latin1');
}

/** A real JPEG photo, encoded by Chromium's own encoder from a drawn canvas. */
async function makeJpeg(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(async () => {
		const canvas = document.createElement('canvas');
		canvas.width = 64;
		canvas.height = 48;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('No 2D canvas in this browser.');
		context.fillStyle = '#005ea2';
		context.fillRect(0, 0, 64, 48);
		context.fillStyle = '#fff';
		context.fillText('SRO', 8, 28);
		const blob = await new Promise<Blob | null>((resolve) =>
			canvas.toBlob(resolve, 'image/jpeg', 0.9),
		);
		if (!blob) throw new Error('The canvas gave no JPEG.');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		return btoa(String.fromCharCode(...bytes));
	});

	return Buffer.from(base64, 'base64');
}

/** A phone in portrait: the form must work at 320-390 px wide. */
test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

/** Fails the test on any console error, which includes every Content-Security-Policy violation. */
function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));

	return errors;
}

/** Counts the requests the page makes to an endpoint, to prove a refusal sent nothing. */
function countRequests(page: Page, path: string): { count: number } {
	const seen = { count: 0 };
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === path) seen.count += 1;
	});

	return seen;
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();

	expect(results.violations).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);

	expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the form with an empty draft and answers yes to both eligibility questions. */
async function startApplication(page: Page, path = '/apply/') {
	await page.goto(path);
	await page.evaluate(() => window.localStorage.clear());
	await page.reload();
	const eligibility = page.getByRole('group', { name: /sworn law-enforcement officer/ });
	await eligibility.getByLabel('Yes').check();
	await page
		.getByRole('group', { name: /currently serving as a School Resource Officer/ })
		.getByLabel('Yes')
		.check();
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('heading', { name: 'About you' })).toBeVisible();
}

interface ApplicantAnswers {
	fullName: string;
	email: string;
	schoolYears?: string;
}

async function fillApplicant(page: Page, { fullName, email, schoolYears = '2' }: ApplicantAnswers) {
	await page.getByLabel('Full name').fill(fullName);
	await page.getByLabel('Email address', { exact: true }).fill(email);
	await page.getByLabel('Phone number').fill('501-555-0100');
	await page.getByLabel('ACLEST officer number').fill('A-12345');
	await page.getByLabel('Law-enforcement agency').fill('Conway Police Department');
	await page.getByLabel('Name of your agency head').fill('Chief Dana Reyes');
	await page.getByLabel('Agency head’s email address').fill('chief@conway.example.gov');
	await page.getByLabel('School district').fill('Conway School District');
	await page.getByLabel('Campus').fill('Conway High School');
	await page.getByLabel('Date you were first assigned as an SRO').fill('2023-08-14');
	await page.getByLabel('Full school years served as an SRO').fill(schoolYears);
}

/** Fills one training entry, found by its legend. */
async function fillTraining(
	page: Page,
	legend: string | RegExp,
	course: { name: string; provider: string; hours: string; cji?: boolean },
) {
	const entry = page.getByRole('group', { name: legend });
	await entry.getByLabel('Course name').fill(course.name);
	await entry.getByLabel('Provider').fill(course.provider);
	await entry.getByLabel('Date completed').fill('2024-06-10');
	await entry.getByLabel('Hours').fill(course.hours);
	await entry.getByLabel('The course is ACLEST-certified').check();
	if (course.cji) await entry.getByLabel(/through the Criminal Justice Institute/).check();

	return entry;
}

/** Fills a Basic application up to its documents; the SRO Basic course is CJI training. */
async function fillBasic(page: Page, applicant: ApplicantAnswers) {
	await fillApplicant(page, applicant);
	await page
		.getByRole('group', { name: 'Which certificate are you applying for?' })
		.getByLabel('Basic (Level I)')
		.check();
	await fillTraining(page, 'SRO Basic course, at least 40 hours', {
		name: 'SRO Basic',
		provider: 'CJI',
		hours: '40',
		cji: true,
	});
	const assessment = await fillTraining(
		page,
		'School Site Safety Assessment course, ACLEST-certified',
		{
			name: 'School Site Safety Assessment',
			provider: 'ACSS',
			hours: '8',
		},
	);
	await page.getByRole('button', { name: 'Add a training course' }).click();
	const extra = await fillTraining(page, 'Other training course 1', {
		name: 'Threat Assessment in Schools',
		provider: 'ACSS',
		hours: '6',
	});

	return { assessment, extra };
}

test.describe('the application form at /apply/', () => {
	test('hydrates under the served Content-Security-Policy with no console errors', async ({
		page,
	}) => {
		const errors = watchConsole(page);
		const response = await page.goto('/apply/');

		expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
		await expect(page.getByRole('heading', { name: 'Can you apply?' })).toBeVisible();
		await expectNoSidewaysScroll(page);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('an ineligible answer explains why and stops there', async ({ page }) => {
		await page.goto('/apply/');
		await page
			.getByRole('group', { name: /sworn law-enforcement officer/ })
			.getByLabel('No')
			.check();
		await page
			.getByRole('group', { name: /currently serving as a School Resource Officer/ })
			.getByLabel('Yes')
			.check();
		await page.getByRole('button', { name: 'Continue' }).click();

		await expect(
			page.getByRole('heading', { name: 'You cannot apply for an SRO certificate yet' }),
		).toBeFocused();
		await expect(page.getByRole('main')).toContainText('only for sworn law-enforcement officers');
		await expect(page.getByLabel('Full name')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('unanswered eligibility questions are summarised at the top and shown at each question', async ({
		page,
	}) => {
		await page.goto('/apply/');
		await page.evaluate(() => window.localStorage.clear());
		await page.reload();
		await page.getByRole('button', { name: 'Continue' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toContainText('There is a problem');
		await expect(page.locator('.error-summary')).toBeFocused();
		await expect(page.locator('#eligibility-sworn-error')).toContainText(
			'Error: Select yes if you are a sworn officer',
		);
		await expectNoAxeViolations(page);
	});

	test('an empty form shows every error at its field and in a focused summary whose links focus the input', async ({
		page,
	}) => {
		await startApplication(page);
		await page.getByRole('button', { name: 'Continue to check your answers' }).click();

		const summary = page.locator('.error-summary');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await expect(summary.getByRole('link', { name: 'Enter your full name' })).toHaveAttribute(
			'href',
			'#applicant-fullName',
		);
		await expect(page.locator('#applicant-fullName')).toHaveAttribute(
			'aria-describedby',
			'applicant-fullName-hint applicant-fullName-error',
		);
		await expect(page.locator('#applicant-email-error')).toHaveText(
			'Error: Enter an email address we can reply to, like name@agency.gov',
		);
		await expect(page.locator('#level-error')).toContainText(
			'Choose Basic, Intermediate, Advanced or Senior',
		);
		await expectNoAxeViolations(page);

		await summary
			.getByRole('link', { name: 'Choose Basic, Intermediate, Advanced or Senior' })
			.click();
		await expect(page.getByLabel('Basic (Level I)')).toBeFocused();
		// The summary leaves the tab order once focus has left it, as GOV.UK's does.
		await expect(summary).not.toHaveAttribute('tabindex');
	});

	test('?level= on the page address preselects the level, the checklist follows the entries, and 320 px is wide enough', async ({
		page,
	}) => {
		await startApplication(page, '/apply/?level=intermediate');

		await expect(page.getByLabel('Intermediate (Level II)')).toBeChecked();
		await expect(page.getByLabel('Your Basic certificate number')).toBeVisible();
		const checklist = page.getByRole('region', { name: 'Your Intermediate checklist' });
		await expect(checklist).toContainText('0 of 20 hours count');
		await page.getByLabel('Full school years served as an SRO').fill('1');
		await expect(
			checklist.getByRole('listitem').filter({ hasText: 'At least 1 full school year as an SRO' }),
		).toContainText('Met');
		await page.setViewportSize({ width: 320, height: 640 });
		await expectNoSidewaysScroll(page);
		await expectNoAxeViolations(page);

		// A cross-field rule is listed with the rest, not in a second round.
		await page.getByRole('button', { name: 'Continue to check your answers' }).click();
		await expect(page.locator('#currentCertificate-error')).toHaveText(
			'Error: Enter the certificate number of the level you hold now',
		);
		await expect(page.locator('#applicant-fullName-error')).toBeVisible();
		await expectNoSidewaysScroll(page);
	});

	test('C14: a HEIC photo is refused at once, named, with the accepted types and how to send a JPEG', async ({
		page,
	}) => {
		const uploads = countRequests(page, '/api/uploads');
		await startApplication(page, '/apply/?level=basic');
		const entry = page.getByRole('group', {
			name: 'School Site Safety Assessment course, ACLEST-certified',
		});
		const input = entry.getByLabel('Certificate of completion');
		const photo = Buffer.from('....ftypheic....');

		for (const mimeType of ['image/heic', '', 'application/octet-stream']) {
			await input.setInputFiles({ name: 'IMG_4821.HEIC', mimeType, buffer: photo });
			const error = entry.locator('.error-message');
			await expect(error).toContainText('IMG_4821.HEIC is a HEIC photo');
			await expect(error).toContainText('PDF, JPEG or PNG');
			await expect(error).toContainText('JPEG');
			await expect(entry.getByRole('progressbar')).toHaveCount(0);
		}
		expect(uploads.count).toBe(0);
		await expectNoAxeViolations(page);
	});

	test('C06: a 5.9 MB PDF is refused before sending, with the limits stated', async ({ page }) => {
		const uploads = countRequests(page, '/api/uploads');
		await startApplication(page, '/apply/?level=basic');

		await expect(page.locator('#upload-limits')).toContainText(
			'up to 4 MB each; up to 15 files and 30 MB for the whole application',
		);
		const entry = page.getByRole('group', {
			name: 'School Site Safety Assessment course, ACLEST-certified',
		});
		await entry.getByLabel('Certificate of completion').setInputFiles({
			name: 'assessment-scan.pdf',
			mimeType: 'application/pdf',
			buffer: makePdf(Math.round(5.9 * MB)),
		});

		await expect(entry.locator('.error-message')).toContainText(
			'assessment-scan.pdf is 5.9 MB. Each file must be 4 MB or smaller',
		);
		expect(uploads.count).toBe(0);
	});

	test('C12: names with accents, apostrophes and hyphens pass the browser’s checks as typed', async ({
		page,
	}) => {
		for (const name of ["Siobhán O'Neil-Peña", 'Nguyễn Thị Mai', 'D’Arcy Brooks']) {
			await startApplication(page, '/apply/?level=basic');
			await fillApplicant(page, { fullName: name, email: 'officer@conway.example.gov' });
			await page.getByRole('button', { name: 'Continue to check your answers' }).click();

			await expect(page.locator('#applicant-fullName-error')).toHaveCount(0);
			await expect(page.locator('#applicant-fullName')).toHaveValue(name);
		}
	});

	test('the draft survives a reload, and "Clear this draft" empties it', async ({ page }) => {
		await startApplication(page, '/apply/?level=basic');
		await fillApplicant(page, { fullName: 'Siobhán O’Neil', email: 'siobhan@conway.example.gov' });
		await page.reload();

		await expect(page.getByLabel('Full name')).toHaveValue('Siobhán O’Neil');
		await expect(page.getByLabel('Basic (Level I)')).toBeChecked();
		const saved = await page.evaluate(() =>
			window.localStorage.getItem('sro-application-draft-v1'),
		);
		expect(JSON.parse(saved ?? '{}').idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);

		await page.getByRole('button', { name: 'Clear this draft' }).click();
		await page.getByRole('button', { name: 'Yes, clear this draft' }).click();
		await expect(page.getByRole('heading', { name: 'Can you apply?' })).toBeVisible();
		await page.reload();
		await expect(
			page.getByRole('group', { name: /sworn law-enforcement officer/ }).getByLabel('Yes'),
		).not.toBeChecked();
	});
});

test.describe('/status/', () => {
	test('hydrates under the served Content-Security-Policy and checks the reference before asking', async ({
		page,
	}) => {
		const errors = watchConsole(page);
		const asked = countRequests(page, '/api/status');
		await openStatus(page);
		await page.getByLabel('Reference number').fill('SRO-26-1');
		await page.getByLabel('Email address you applied with').fill('officer@conway.example.gov');
		await page.getByRole('button', { name: 'Check status' }).click();

		await expect(page.locator('#reference-error')).toContainText(
			'Enter your application reference, like SRO-2026-00042',
		);
		await expect(page.locator('.error-summary')).toBeFocused();
		expect(asked.count).toBe(0);
		await expectNoSidewaysScroll(page);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});
});

/** Opens /status/ once its island runs: before that, the button is disabled. */
async function openStatus(page: Page) {
	await page.goto('/status/');
	await expect(page.getByRole('button', { name: 'Check status' })).toBeEnabled();
}

/** Goes from the filled form to the declaration, signs it and returns the submit button. */
async function checkAnswersAndSign(page: Page, fullName: string) {
	await page.getByRole('button', { name: 'Continue to check your answers' }).click();
	await expect(
		page.getByRole('heading', { name: 'Check your answers before sending your application' }),
	).toBeFocused();
	await page
		.getByLabel('I confirm that the information in this application is true and complete')
		.check();
	await page.getByLabel('Type your full name to sign').fill(fullName);

	return page.getByRole('button', { name: 'Submit application' });
}

async function uploadAndWait(
	entry: ReturnType<Page['getByRole']>,
	file: { name: string; mimeType: string; buffer: Buffer },
) {
	await entry.getByLabel('Certificate of completion').setInputFiles(file);
	await expect(entry.getByText(`Uploaded: ${file.name}`)).toBeVisible({ timeout: 90_000 });
}

// The functions answer in up to about 12 s under the local server on these shared machines.
const STATUS_TIMEOUT = { timeout: 30_000 };
const SUBMIT_TIMEOUT = { timeout: 30_000 };

test.describe('applying through the functions', () => {
	let blobs: ServedBlobs;

	test.beforeAll(async () => {
		blobs = await openServedBlobs();
	});

	test.afterAll(async () => {
		await blobs.stop();
	});

	test('an officer applies for Basic from a phone: PDF and JPEG uploaded, answers checked, reference shown; Blobs, outbox and /status/ agree', async ({
		page,
	}) => {
		// Two uploads, three answers from the functions and axe on five states: about a minute here.
		test.setTimeout(150_000);
		const errors = watchConsole(page);
		const email = 'siobhan.oneil@conway.example.gov';
		await startApplication(page);
		await expectNoAxeViolations(page);
		const { assessment, extra } = await fillBasic(page, { fullName: 'Siobhán O’Neil-Peña', email });
		const jpeg = await makeJpeg(page);
		await uploadAndWait(assessment, {
			name: 'site-assessment.pdf',
			mimeType: 'application/pdf',
			buffer: makePdf(40_000),
		});
		await uploadAndWait(extra, {
			name: 'threat-assessment.jpg',
			mimeType: 'image/jpeg',
			buffer: jpeg,
		});
		await expect(page.getByRole('region', { name: 'Your Basic checklist' })).toContainText(
			'3 of 3 requirements',
		);
		await expectNoSidewaysScroll(page);
		await expectNoAxeViolations(page);

		const submit = await checkAnswersAndSign(page, 'Siobhán O’Neil-Peña');
		await expect(page.getByRole('main')).toContainText('Document: site-assessment.pdf');
		await expectNoAxeViolations(page);
		await submit.click();

		await expect(page.getByRole('heading', { name: 'Application submitted' })).toBeFocused(
			SUBMIT_TIMEOUT,
		);
		const reference = (await page.locator('.panel__reference').textContent()) ?? '';
		expect(reference).toMatch(/^SRO-\d{4}-\d{5}$/);
		await expect(page.getByRole('main')).toContainText('What happens next');
		await expectNoAxeViolations(page);
		expect(
			await page.evaluate(() => window.localStorage.getItem('sro-application-draft-v1')),
		).toBeNull();

		const record = await blobs.readApplication(reference);
		expect(record?.application.applicant.fullName).toBe('Siobhán O’Neil-Peña');
		expect(record?.documents.map((document) => document.name).sort()).toEqual([
			'site-assessment.pdf',
			'threat-assessment.jpg',
		]);
		const stored = await blobs.listDocuments(reference);
		expect(stored.map((file) => file.size).sort((a, b) => a - b)).toEqual(
			[jpeg.length, makePdf(40_000).length].sort((a, b) => a - b),
		);
		const receipts = await readOutbox(email);
		expect(receipts).toHaveLength(1);
		expect(receipts[0]?.text).toContain(reference);

		await openStatus(page);
		await page.getByLabel('Reference number').fill(reference.toLowerCase());
		await page.getByLabel('Email address you applied with').fill(email.toUpperCase());
		await page.getByRole('button', { name: 'Check status' }).click();
		const answer = page.getByRole('region', { name: `Application ${reference}` });
		await expect(answer).toContainText(/Day 1 of about 30/i, STATUS_TIMEOUT);
		await expect(answer).toContainText(
			new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'America/Chicago' }).format(
				new Date(),
			),
		);
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('/status/ gives a wrong reference and email pair the function’s message', async ({
		page,
	}) => {
		await openStatus(page);
		await page.getByLabel('Reference number').fill('SRO-2026-99999');
		await page.getByLabel('Email address you applied with').fill('nobody@conway.example.gov');
		await page.getByRole('button', { name: 'Check status' }).click();

		await expect(page.locator('.error-summary')).toBeFocused(STATUS_TIMEOUT);
		await expect(page.locator('.error-summary')).toContainText('There is a problem');
		await expect(page.getByRole('region', { name: /^Application / })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('an Intermediate application is refused for a Basic certificate that is not on the roster, with the error at that field', async ({
		page,
	}) => {
		const email = 'jordan.ellis@conway.example.gov';
		await startApplication(page, '/apply/?level=intermediate');
		await fillApplicant(page, { fullName: 'Jordan Ellis', email, schoolYears: '1' });
		await page.getByLabel('Your Basic certificate number').fill('ACSS-1-2020-9999');
		await fillTraining(page, 'SRO II (Intermediate) course', {
			name: 'SRO II',
			provider: 'CJI',
			hours: '24',
			cji: true,
		});
		await page.getByRole('button', { name: 'Add a training course' }).click();
		await fillTraining(page, 'Other training course 1', {
			name: 'Active Threat Response',
			provider: 'CJI',
			hours: '20',
			cji: true,
		});
		await page.getByRole('button', { name: 'Add a letter of support' }).click();
		const letter = page.getByRole('group', { name: 'Letter 1' });
		await letter.getByLabel('Author’s name').fill('Principal Ana Ruiz');
		await letter.getByLabel('School administration').check();
		await letter
			.getByLabel('The signed letter')
			.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: makePdf() });
		await expect(letter.getByText('Uploaded: letter.pdf')).toBeVisible();
		await (await checkAnswersAndSign(page, 'Jordan Ellis')).click();

		const field = page.getByLabel('Your Basic certificate number');
		await expect(field).toHaveAttribute('aria-invalid', 'true', SUBMIT_TIMEOUT);
		await expect(page.locator('#currentCertificate-error')).toContainText('Error:');
		await expect(page.locator('.error-summary')).toBeFocused();
		await page.locator('.error-summary').getByRole('link').first().click();
		await expect(field).toBeFocused();
		await expectNoAxeViolations(page);
		expect(await blobs.findApplications(email)).toEqual([]);
	});

	test('C06: two 3.1 MB PDFs upload one by one and count toward the 30 MB limit', async ({
		page,
	}) => {
		await startApplication(page, '/apply/?level=basic');
		const { assessment, extra } = await fillBasic(page, {
			fullName: 'Avery Stone',
			email: 'avery@conway.example.gov',
		});
		const uploads = countRequests(page, '/api/uploads');
		await uploadAndWait(assessment, {
			name: 'first.pdf',
			mimeType: 'application/pdf',
			buffer: makePdf(Math.round(3.1 * MB)),
		});
		await uploadAndWait(extra, {
			name: 'second.pdf',
			mimeType: 'application/pdf',
			buffer: makePdf(Math.round(3.1 * MB)),
		});

		expect(uploads.count).toBe(2);
		await expect(assessment.getByText('(3.1 MB)')).toBeVisible();
	});

	test('C09: on a 50 KB/s upload, a double-clicked submit and Enter in a field send one application and one receipt', async ({
		page,
	}) => {
		test.setTimeout(180_000);
		const email = 'casey.morgan@conway.example.gov';
		await startApplication(page, '/apply/?level=basic');
		const { assessment } = await fillBasic(page, { fullName: 'Casey Morgan', email });
		await page
			.getByRole('group', { name: 'Other training course 1' })
			.getByLabel(/through the Criminal Justice Institute/)
			.check();
		const network = await page.context().newCDPSession(page);
		await network.send('Network.enable');
		// 50 KB/s up, with a second of latency so the application is still on its way when Enter is pressed.
		await network.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 1000,
			downloadThroughput: -1,
			uploadThroughput: 50 * 1024,
		});
		await assessment.getByLabel('Certificate of completion').setInputFiles({
			name: 'scan-2mb.pdf',
			mimeType: 'application/pdf',
			buffer: makePdf(2 * MB),
		});
		await expect(assessment.getByRole('progressbar')).toBeVisible();
		await expect(assessment.getByText('Uploaded: scan-2mb.pdf')).toBeVisible({ timeout: 120_000 });

		const submit = await checkAnswersAndSign(page, 'Casey Morgan');
		const sent = countRequests(page, '/api/applications');
		await submit.dblclick();
		await expect(page.getByRole('button', { name: 'Sending your application…' })).toBeDisabled();
		await page.getByLabel('Type your full name to sign').press('Enter');
		await expect(page.getByRole('heading', { name: 'Application submitted' })).toBeVisible({
			timeout: 30_000,
		});

		expect(sent.count).toBe(1);
		expect(await blobs.findApplications(email)).toHaveLength(1);
		await expect.poll(async () => (await readOutbox(email)).length).toBe(1);
	});

	test('C12: "Siobhán O\'Neil-Peña", "Nguyễn Thị Mai" and "D’Arcy" are accepted and stored as typed', async ({
		page,
	}) => {
		test.setTimeout(150_000);
		for (const [index, fullName] of ["Siobhán O'Neil-Peña", 'Nguyễn Thị Mai', 'D’Arcy'].entries()) {
			const email = `c12-${index}@conway.example.gov`;
			await startApplication(page, '/apply/?level=basic');
			await fillApplicant(page, { fullName: `  ${fullName} `, email });
			await page
				.getByRole('group', { name: 'Which certificate are you applying for?' })
				.getByLabel('Basic (Level I)')
				.check();
			await fillTraining(page, 'SRO Basic course, at least 40 hours', {
				name: 'SRO Basic',
				provider: 'CJI',
				hours: '40',
				cji: true,
			});
			await fillTraining(page, 'School Site Safety Assessment course, ACLEST-certified', {
				name: 'Site Safety',
				provider: 'CJI',
				hours: '8',
				cji: true,
			});
			await page.getByRole('button', { name: 'Add a training course' }).click();
			await fillTraining(page, 'Other training course 1', {
				name: 'Threat Assessment',
				provider: 'CJI',
				hours: '4',
				cji: true,
			});
			await (await checkAnswersAndSign(page, fullName)).click();

			await expect(page.getByRole('heading', { name: 'Application submitted' })).toBeVisible(
				SUBMIT_TIMEOUT,
			);
			const [record] = await blobs.findApplications(email);
			expect(record?.application.applicant.fullName).toBe(fullName.normalize('NFC'));
		}
	});
});
