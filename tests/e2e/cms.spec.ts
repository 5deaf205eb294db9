/**
 * Drives the real Decap CMS at /admin/ (the built bundle, under the /admin/ Content-Security-Policy)
 * against a real decap-server in git mode, the mode that keeps the editorial workflow. The server
 * works on a temporary git copy of content/, so the repository's content/ never changes, and the
 * rebuilt pages go to a temporary folder, not to the dist/ the other specs are served from.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { buildSite, copyContent } from '../support/site-build.ts';

/** Decap looks for its local backend on this port and no other (`local_backend: true`). */
const DECAP_PORT = 8081;

/** Loading the 5 MB CMS bundle, and each save or publish (git commands in decap-server), take a while on a busy machine. */
const SLOW_STEP = { timeout: 30_000 };

interface NewOfficer {
	name: string;
	number: string;
	/** YYYY-MM-DD to type into the date widget, or nothing to leave its default. */
	awarded?: string;
}

let repo = '';
let decap: ChildProcess | undefined;
let decapLog = '';

/** Fails with a plain message when something (often `npm start`) already holds the port. */
const assertPortFree = (port: number) =>
	new Promise<void>((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () =>
			reject(
				new Error(
					`Port ${port} is taken, so decap-server cannot start for tests/e2e/cms.spec.ts. Stop the other decap-server (npm start runs one) and run the test again.`,
				),
			),
		);
		probe.listen(port, () => probe.close(() => resolve()));
	});

const waitForDecap = async () => {
	for (let attempt = 0; attempt < 50; attempt += 1) {
		const answer = await fetch(`http://localhost:${DECAP_PORT}/api/v1`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
		}).catch(() => undefined);
		if (answer?.ok) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`decap-server did not answer on port ${DECAP_PORT}. Its output:\n${decapLog}`);
};

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

const readRepoFile = (path: string) => readFileSync(join(repo, path), 'utf8');

/** Signs in once per browser context: Decap keeps the local user in localStorage after that. */
const logIn = async (page: Page) => {
	await page.goto('/admin/');
	await page.getByRole('button', { name: 'Login' }).click();
	await expect(page.getByRole('link', { name: 'Certified officers' })).toBeVisible(SLOW_STEP);
};

/** Loads /admin/ afresh on a route, so no state of the previous entry carries over. */
const openCms = async (page: Page, route: string) => {
	await page.goto('about:blank');
	await page.goto(`/admin/#${route}`);
};

/** Moves the open, saved entry through the workflow: Draft, then Ready, then published. */
const publishOpenEntry = async (page: Page) => {
	await page.getByRole('button', { name: 'Status: Draft' }).click();
	await page.getByRole('menuitem', { name: 'Ready' }).click();
	await expect(page.getByText('Entry status updated')).toBeVisible(SLOW_STEP);
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
	await expect(page.getByText('Entry published')).toBeVisible(SLOW_STEP);
};

/** Publishes the open entry where decap-server has no workflow (fs mode, as `npm start` runs it). */
const publishAtOnce = async (page: Page) => {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
	await expect(page.getByText('Entry saved')).toBeVisible(SLOW_STEP);
};

const saveAndPublish = async (page: Page) => {
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Entry saved')).toBeVisible(SLOW_STEP);
	await publishOpenEntry(page);
};

const addOfficer = async (page: Page, officer: NewOfficer, publish = saveAndPublish) => {
	await openCms(page, '/collections/officers/new');
	await page.getByLabel('Full name').fill(officer.name);
	await page.getByLabel('Agency').fill('Conway Police Department');
	await page.getByLabel('School district').fill('Conway School District');
	await page.getByLabel('County').fill('Faulkner');
	await page.getByLabel('Level', { exact: true }).click();
	await page.getByRole('option', { name: 'Basic' }).click();
	await page.getByLabel('Certificate number').fill(officer.number);
	if (officer.awarded) await page.getByLabel('Date awarded').fill(officer.awarded);
	await publish(page);
};

const officerFiles = () => readdirSync(join(repo, 'content/officers')).sort();

test.describe.configure({ mode: 'serial' });
// Each test drives several saves and publishes, and one rebuilds the site: minutes on a busy machine.
test.setTimeout(300_000);

/** Starts decap-server on a fresh git copy of content/ in the given mode. */
const startDecap = async (mode: 'git' | 'fs') => {
	await assertPortFree(DECAP_PORT);
	repo = copyContent('sro-cms-');
	git('init', '--quiet', '--initial-branch=main');
	git('config', 'user.name', 'CMS test');
	git('config', 'user.email', 'cms-test@example.org');
	git('add', '--all');
	git('commit', '--quiet', '--message', 'Content before the CMS test');

	decapLog = '';
	decap = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		// decap-server works on GIT_REPO_DIRECTORY, or on its working directory without it.
		env: {
			...process.env,
			MODE: mode,
			PORT: String(DECAP_PORT),
			BIND_HOST: '127.0.0.1',
			GIT_REPO_DIRECTORY: repo,
			LOG_LEVEL: 'info',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	decap.stdout?.on('data', (chunk) => {
		decapLog += chunk;
	});
	decap.stderr?.on('data', (chunk) => {
		decapLog += chunk;
	});
	await waitForDecap();
};

/** Stops decap-server and waits until it has let go of its port, then removes the copy. */
const stopDecap = async () => {
	const running = decap;
	if (running && running.exitCode === null) {
		const exited = new Promise((resolve) => running.once('exit', resolve));
		running.kill();
		await exited;
	}
	if (!repo) return;
	for (const folder of [repo, `${repo}-dist`, `${repo}-dist-astro-cache`]) {
		rmSync(folder, { recursive: true, force: true });
	}
};

test.beforeEach(({ page }) => logIn(page));

test.describe('with the editorial workflow (decap-server in git mode, as on Netlify)', () => {
	test.beforeAll(() => startDecap('git'));
	test.afterAll(stopDecap);

	test('an editor adds an officer and edits a level; the files change and the rebuilt pages show both (C01, C03, C05)', async ({
		page,
	}) => {
		await addOfficer(page, {
			name: 'Siobhán O’Neil',
			number: 'ACSS-1-2025-0042',
			awarded: '2025-03-01',
		});

		await openCms(page, '/collections/levels/entries/intermediate');
		// The Requirements field is Decap's rich-text editor: add a sentence to its first paragraph.
		await page
			.getByRole('textbox')
			.getByText('To earn the Intermediate certificate you need:')
			.click();
		await page.keyboard.press('End');
		await page.keyboard.type(' Edited in the CMS round trip test.');
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByText('Entry saved')).toBeVisible(SLOW_STEP);
		await publishOpenEntry(page);

		// C01: the date widget stores the calendar day alone, never a timestamp.
		const officer = readRepoFile('content/officers/siobhan-o-neil.yml');
		expect(officer).toContain('name: Siobhán O’Neil');
		expect(officer).toMatch(/\bawarded: 2025-03-01$/m);
		expect(readRepoFile('content/levels/intermediate.md')).toContain(
			'Edited in the CMS round trip test.',
		);
		expect(git('log', '--format=%s', 'main')).toContain('Update Level “intermediate” in the CMS');
		expect(existsSync('content/officers/siobhan-o-neil.yml')).toBe(false);
		// C05: the curly apostrophe becomes a hyphen in the file name, and the entry reopens.
		await openCms(page, '/collections/officers/entries/siobhan-o-neil');
		await expect(page.getByLabel('Full name')).toHaveValue('Siobhán O’Neil', SLOW_STEP);

		// C03: the award day survives a build in a zone behind UTC.
		// Outside the repository: decap-server in git mode commits everything in its folder.
		const outDir = `${repo}-dist`;
		const build = await buildSite({
			contentDir: join(repo, 'content'),
			outDir,
			env: { TZ: 'America/Chicago' },
		});
		expect(build.status, build.output).toBe(0);
		await page.goto(pathToFileURL(join(outDir, 'roster/siobhan-o-neil/index.html')).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siobhán O’Neil');
		await expect(page.getByRole('row', { name: /ACSS-1-2025-0042/ })).toContainText(
			'March 1, 2025',
		);
		await page.goto(pathToFileURL(join(outDir, 'levels/intermediate/index.html')).href);
		await expect(page.getByRole('main')).toContainText('Edited in the CMS round trip test.');
	});

	test('C05: near-namesakes get ASCII files of their own, never an overwrite, and every entry reopens', async ({
		page,
	}) => {
		const before = officerFiles();
		await addOfficer(page, {
			name: 'José Peña',
			number: 'ACSS-1-2025-0101',
			awarded: '2025-04-02',
		});
		await addOfficer(page, {
			name: 'José Peña-Nguyễn',
			number: 'ACSS-1-2025-0102',
			awarded: '2025-04-03',
		});
		await addOfficer(page, {
			name: 'Jose Pena',
			number: 'ACSS-1-2025-0103',
			awarded: '2025-04-04',
		});

		const added = officerFiles().filter((file) => !before.includes(file));
		expect(added).toEqual(['jose-pena-1.yml', 'jose-pena-nguyen.yml', 'jose-pena.yml']);
		expect(readRepoFile('content/officers/jose-pena.yml')).toContain('name: José Peña\n');
		expect(readRepoFile('content/officers/jose-pena-1.yml')).toContain('name: Jose Pena\n');
		for (const file of officerFiles()) expect(file).toMatch(/^[a-z0-9-]+\.yml$/);

		const reopen = {
			'jose-pena': 'José Peña',
			'jose-pena-1': 'Jose Pena',
			'jose-pena-nguyen': 'José Peña-Nguyễn',
		};
		for (const [slug, name] of Object.entries(reopen)) {
			await openCms(page, `/collections/officers/entries/${slug}`);
			await expect(page.getByLabel('Full name')).toHaveValue(name, SLOW_STEP);
		}
	});

	test('C01: the date widget stores today as YYYY-MM-DD when left alone, and an emptied date stops the save', async ({
		page,
	}) => {
		await addOfficer(page, { name: 'Default Date', number: 'ACSS-1-2025-0201' });
		const today = new Date().toISOString().slice(0, 10);
		expect(readRepoFile('content/officers/default-date.yml')).toMatch(
			new RegExp(`\\bawarded: ${today}$`, 'm'),
		);

		await openCms(page, '/collections/officers/new');
		await page.getByLabel('Full name').fill('Empty Date');
		await page.getByLabel('Agency').fill('Conway Police Department');
		await page.getByLabel('School district').fill('Conway School District');
		await page.getByLabel('County').fill('Faulkner');
		await page.getByLabel('Level', { exact: true }).click();
		await page.getByRole('option', { name: 'Basic' }).click();
		await page.getByLabel('Certificate number').fill('ACSS-1-2025-0202');
		await page.getByRole('button', { name: 'Clear' }).click();
		await page.getByRole('button', { name: 'Save' }).click();

		await expect(page.getByText(/missed a required field/)).toBeVisible();
		expect(git('branch', '--list', 'cms/officers/empty-date')).toBe('');
		expect(existsSync(join(repo, 'content/officers/empty-date.yml'))).toBe(false);
	});

	test('an invited editor chooses a password on /admin/ before the CMS starts', async ({
		page,
	}) => {
		// Netlify Identity has no local endpoint (platform-notes.md), so its two HTTP answers are
		// stood in for here; the page, its policy and @netlify/identity are the real ones.
		const verified: unknown[] = [];
		await page.route('**/.netlify/identity/verify', async (route) => {
			verified.push(route.request().postDataJSON());
			await route.fulfill({
				json: {
					access_token: 'header.eyJleHAiOjQxMDI0NDQ4MDB9.signature',
					token_type: 'bearer',
					expires_in: 3600,
					refresh_token: 'refresh',
				},
			});
		});
		await page.route('**/.netlify/identity/user', (route) =>
			route.fulfill({
				json: {
					id: 'editor-1',
					email: 'editor@acss.example.org',
					app_metadata: { roles: ['editor'] },
					user_metadata: {},
				},
			}),
		);
		await page.goto('about:blank');

		await page.goto('/admin/#invite_token=invite-abc123');
		await expect(page.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
		await page.getByLabel('Password (at least 8 characters)').fill('correct horse battery');
		await page.getByRole('button', { name: 'Save password and continue' }).click();

		await expect(page.getByRole('heading', { name: 'Choose your password' })).toHaveCount(0);
		expect(verified).toEqual([
			expect.objectContaining({
				token: 'invite-abc123',
				password: 'correct horse battery',
				type: 'signup',
			}),
		]);
		expect(new URL(page.url()).hash).toBe('');
		await expect(page.getByRole('link', { name: 'Certified officers' })).toBeVisible(SLOW_STEP);
	});

	test('the level and FAQ previews use the site stylesheet and the page layout', async ({
		page,
	}) => {
		await openCms(page, '/collections/levels/entries/advanced');
		const level = page.frameLocator('iframe').first();
		await expect(level.getByRole('heading', { level: 1 })).toHaveText(
			'Advanced certificate',
			SLOW_STEP,
		);
		await expect(level.getByText('You must hold the Intermediate certificate')).toBeVisible();
		// global.css gives the notice its thick left border; without the stylesheet it has none.
		await expect(level.locator('.alert')).toHaveCSS('border-left-width', '8px');
		await expect(level.locator('link[rel="stylesheet"][href^="/_astro/global."]')).toHaveCount(1);

		await openCms(page, '/collections/faq/entries/aclest');
		const faq = page.frameLocator('iframe').first();
		await expect(faq.getByRole('heading', { level: 2 })).toHaveText('What is ACLEST?', SLOW_STEP);
		await expect(
			faq.getByText('Arkansas Commission on Law Enforcement Standards and Training'),
		).toBeVisible();
	});
});

test.describe('with the local backend npm start runs (decap-server in fs mode)', () => {
	test.beforeAll(() => startDecap('fs'));
	test.afterAll(stopDecap);

	test('C05: a new officer whose file name is taken gets a file of its own, not an overwrite', async ({
		page,
	}) => {
		const taken = readRepoFile('content/officers/jose-scott.yml');
		expect(taken).toContain('name: José Scott');

		await addOfficer(
			page,
			{ name: 'Jose Scott', number: 'ACSS-1-2025-0301', awarded: '2025-05-01' },
			publishAtOnce,
		);

		expect(readRepoFile('content/officers/jose-scott.yml')).toBe(taken);
		expect(readRepoFile('content/officers/jose-scott-1.yml')).toContain('name: Jose Scott\n');
		await openCms(page, '/collections/officers/entries/jose-scott-1');
		await expect(page.getByLabel('Full name')).toHaveValue('Jose Scott', SLOW_STEP);
	});
});
