/**
 * `npm start` (scripts/start.ts) is README's first command: astro dev with the functions, Blobs
 * and decap-server. This starts it for real, on a port of its own, and uses what a developer would:
 * an upload, the review workspace, the status page's reply form and the CMS, in Chromium.
 *
 * The upload lands in this checkout's local Blobs store as a pending file, which the daily
 * housekeeping removes; decap-server needs port 8081 free, as for tests/e2e/cms.spec.ts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type Browser, chromium, type Locator, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/browser.ts';
import { makePdf } from '../support/files.ts';

const PORT = 4479;
const SITE = `http://localhost:${PORT}`;
const START_TIMEOUT = 180_000;
const PAGE_TIMEOUT = 120_000;

let server: ChildProcess;
let output = '';
let browser: Browser;

/** Waits until exactly one element matches: islands render a few seconds after the page loads. */
const appears = (locator: Locator, timeout = 60_000) =>
	expect.poll(() => locator.count(), { timeout }).toBe(1);

/** Opens a page and collects what the browser reports as broken on it. */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto(`${SITE}${path}`);

	return { page, errors };
}

/** A developer's shell has none of the variables Vitest sets, NODE_ENV=test among them. */
const developerEnvironment = () => {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT) };
	for (const key of Object.keys(env)) {
		if (key === 'NODE_ENV' || key.startsWith('VITEST') || key === 'TEST') delete env[key];
	}

	return env;
};

beforeAll(async () => {
	server = spawn(process.execPath, ['scripts/start.ts'], {
		env: developerEnvironment(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const isAnnounced = new Promise<void>((resolve, reject) => {
		const read = (chunk: Buffer) => {
			output += chunk;
			if (output.includes('is running locally')) resolve();
		};
		server.stdout?.on('data', read);
		server.stderr?.on('data', read);
		server.on('exit', (code) => reject(new Error(`npm start stopped (${code}):\n${output}`)));
		setTimeout(
			() => reject(new Error(`npm start printed no URLs in time:\n${output}`)),
			START_TIMEOUT - 10_000,
		).unref();
	});
	await isAnnounced;
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}, START_TIMEOUT);

afterAll(async () => {
	await browser?.close();
	if (server?.exitCode === null) {
		const hasExited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGINT');
		await hasExited;
	}
}, 30_000);

describe('npm start', () => {
	it('prints the URLs once the site answers', () => {
		expect(output).toContain(`Site                ${SITE}/`);
		expect(output).toContain(`CMS (local backend) ${SITE}/admin/`);
	});

	it('keeps decap-server, whose API writes to the checkout, on this machine only', () => {
		// Linux lists listening sockets in /proc/net: local address and port in hex, state 0A.
		const listening = ['/proc/net/tcp', '/proc/net/tcp6']
			.flatMap((table) => readFileSync(table, 'utf8').trim().split('\n').slice(1))
			.map((line) => line.trim().split(/\s+/))
			.filter(([, local = '', , state]) => state === '0A' && local.endsWith(':1F91'))
			.map(([, local = '']) => local.slice(0, -5));

		expect(listening.length).toBeGreaterThan(0);
		for (const address of listening) {
			expect(['0100007F', '00000000000000000000000001000000']).toContain(address);
		}
	});

	it('passes an uploaded PDF to the upload function intact', async () => {
		const pdf = makePdf();
		const body = new FormData();
		body.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'letter.pdf');
		const response = await fetch(`${SITE}/api/uploads`, { method: 'POST', body });

		expect(response.status).toBe(201);
		expect(await response.json()).toMatchObject({
			name: 'letter.pdf',
			type: 'application/pdf',
			size: pdf.length,
		});
	});

	it(
		'renders the review workspace, styled, and signs a reviewer in',
		async () => {
			const { page, errors } = await openPage('/review/');

			await appears(page.getByRole('heading', { name: 'Development sign-in' }));
			// The site's stylesheet applies: development pages carry no policy that blocks Vite's styles.
			const skipLink = page.getByRole('link', { name: 'Skip to main content' });
			expect(await skipLink.evaluate((link) => getComputedStyle(link).position)).toBe('absolute');

			await page.getByRole('button', { name: 'Sign in' }).click();
			await appears(page.getByRole('heading', { name: 'Applications' }), 30_000);
			expect(errors).toEqual([]);
			await page.close();
		},
		PAGE_TIMEOUT,
	);

	it(
		'renders the status page with its reply form',
		async () => {
			const { page, errors } = await openPage('/status/');

			await appears(page.getByRole('heading', { name: 'Send documents the committee asked for' }));
			expect(errors).toEqual([]);
			await page.close();
		},
		PAGE_TIMEOUT,
	);

	it(
		'starts the CMS against the local backend',
		async () => {
			const { page, errors } = await openPage('/admin/');

			await appears(page.getByRole('button', { name: 'Login' }), 90_000);
			expect(errors).toEqual([]);
			await page.close();
		},
		PAGE_TIMEOUT,
	);

	it('stops both servers on Ctrl-C', async () => {
		const hasExited = new Promise((resolve) => server.once('exit', resolve));
		server.kill('SIGINT');
		await hasExited;

		await expect(fetch(`${SITE}/`)).rejects.toThrow();
		await expect(fetch('http://localhost:8081/api/v1')).rejects.toThrow();
	});
});
