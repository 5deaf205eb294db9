/**
 * scripts/check-browser.ts runs before the end-to-end tests. These runs start it as `npm test`
 * does, once with Debian's Chromium and once with a stand-in browser that Playwright cannot drive.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../e2e/browser.ts';

const folder = mkdtempSync(join(tmpdir(), 'sro-browser-'));

/** Answers `--version` like an old Chromium, then refuses to start, as a mismatched build would. */
const staleBrowser = join(folder, 'chromium');
writeFileSync(
	staleBrowser,
	'#!/bin/sh\n[ "$1" = "--version" ] && { echo "Chromium 90.0.4430.212"; exit 0; }\necho "unknown flags" >&2\nexit 1\n',
);
chmodSync(staleBrowser, 0o755);

const runCheck = (chromiumPath: string) =>
	spawnSync(process.execPath, ['scripts/check-browser.ts'], {
		encoding: 'utf8',
		env: { ...process.env, CHROMIUM_PATH: chromiumPath },
		timeout: 60_000,
	});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the test browser check (C16)', () => {
	it('prints both versions and passes with the browser the tests use', () => {
		const result = runCheck(CHROMIUM_PATH);

		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/Test browser: Chromium \d+\.[\d.]+.* at /);
		expect(result.stdout).toMatch(/Playwright was built for Chromium \d+\.[\d.]+/);
	});

	it('fails fast with both versions named when Playwright cannot drive the browser', () => {
		const startedAt = Date.now();
		const result = runCheck(staleBrowser);

		expect(result.status).toBe(1);
		expect(Date.now() - startedAt).toBeLessThan(20_000);
		expect(result.stdout).toContain('Test browser: Chromium 90.0.4430.212');
		expect(result.stderr).toMatch(
			/Playwright cannot drive Chromium 90\.0\.4430\.212 \(it was built for Chromium \d+/,
		);
		expect(result.stderr).toContain('apt-get install chromium');
	});
});
