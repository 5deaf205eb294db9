/**
 * Makes sure the test browser is there and can be driven before any end-to-end test runs.
 * Playwright cannot download its own browser here, so the tests drive Debian's Chromium, whose
 * version rarely matches the one Playwright was built for. This prints both versions and fails
 * fast, with a plain message, when the two cannot work together.
 *
 *   node scripts/check-browser.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';

const require = createRequire(import.meta.url);

if (!existsSync(CHROMIUM_PATH)) installChromium();

const systemVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
const browsers = JSON.parse(
	readFileSync(
		join(dirname(require.resolve('playwright-core/package.json')), 'browsers.json'),
		'utf8',
	),
) as {
	browsers: { name: string; browserVersion: string }[];
};
const expected =
	browsers.browsers.find((browser) => browser.name === 'chromium')?.browserVersion ?? 'unknown';
console.log(
	`Test browser: ${systemVersion} at ${CHROMIUM_PATH}; Playwright was built for Chromium ${expected}.`,
);

try {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: CHROMIUM_ARGS,
		timeout: 30_000,
	});
	const page = await browser.newPage();
	await page.setContent('<button type="button">ok</button>');
	await page.getByRole('button', { name: 'ok' }).click();
	await browser.close();
} catch (error) {
	console.error(
		`Playwright cannot drive ${systemVersion} (it was built for Chromium ${expected}). ` +
			'Install a matching @playwright/test or a Chromium it supports (apt-get install chromium), then run the tests again.',
	);
	console.error(String(error));
	process.exit(1);
}

/** Installs Debian's Chromium when we are root on a Debian machine; otherwise says how to. */
function installChromium(): void {
	const isRoot = process.getuid?.() === 0;
	if (!isRoot || !existsSync('/usr/bin/apt-get')) {
		console.error(
			`No Chromium at ${CHROMIUM_PATH}. Install it with: sudo apt-get install -y chromium`,
		);
		process.exit(1);
	}
	console.log(`No Chromium at ${CHROMIUM_PATH}: installing Debian's chromium package.`);
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
}
