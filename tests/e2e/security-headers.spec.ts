import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listPages } from '../../scripts/page-weight.ts';

/** Every page of the build, enumerated from dist/ so a new page cannot slip through. */
const PAGES = listPages('dist');

/** @returns the policy's directives, each name mapped to its sources */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}

	return directives;
}

/** Inline <script> and <style> elements whose text the browser would run or apply. */
function findInlineCode(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes = '']) => !/\bsrc=/.test(attributes))
		// Data blocks such as application/ld+json never run, so CSP does not govern them.
		.filter(([, attributes = '']) => !/\btype="(?!module|text\/javascript)/.test(attributes))
		.map(([, , text = '']) => text);
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(
		([, text = '']) => text,
	);

	return { scripts, styles };
}

/**
 * The `for` pattern of each netlify.toml [[headers]] rule that sets a Content-Security-Policy.
 * Read with a regular expression: the file keeps one `for` line per rule.
 */
const POLICY_RULES = readFileSync('netlify.toml', 'utf8')
	.split('[[headers]]')
	.slice(1)
	.filter((rule) => /^\s*Content-Security-Policy\s*=/m.test(rule))
	.map((rule) => /^\s*for\s*=\s*"([^"]+)"/m.exec(rule)?.[1] ?? '');

/** Whether a Netlify path pattern (`*` for any rest, `:name` for one segment) matches a path. */
const matchesRule = (pattern: string, path: string) => {
	const source = pattern
		.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\*/g, '.*')
		.replace(/:[A-Za-z]+/g, '[^/]+');

	return new RegExp(`^${source}$`).test(path);
};

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Whether a CSP source list lets an inline element with this text run, as Chromium decides. */
const allowsInline = (sources: string[], text: string) =>
	sources.includes(sha256(text)) ||
	(sources.includes("'unsafe-inline'") && !sources.some((source) => source.startsWith("'sha256-")));

test('the build has pages to check', () => {
	expect(PAGES).toContain('/');
	expect(PAGES).toContain('/roster/');
});

test('the inline-code check refuses a script the policy does not list', () => {
	const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-AAAA'");

	expect(allowsInline(policy.get('script-src') ?? [], 'alert(1)')).toBe(false);
	expect(allowsInline([`${sha256('alert(1)')}`], 'alert(1)')).toBe(true);
});

test('each page matches exactly one netlify.toml rule that sets a policy', () => {
	// The local server keeps only one of two overlapping rules, but Netlify sends both, and a
	// browser then enforces two policies: so the rules themselves are checked here.
	expect(matchesRule('/roster/*', '/roster/')).toBe(true);
	expect(matchesRule('/roster/*', '/roster-old/')).toBe(false);
	const overlaps = PAGES.map((url) => ({
		url,
		rules: POLICY_RULES.filter((rule) => matchesRule(rule, url)),
	})).filter(({ rules }) => rules.length !== 1);

	expect(overlaps).toEqual([]);
});

for (const url of PAGES) {
	test(`${url} is served with one strict policy and the security headers`, async ({ request }) => {
		const response = await request.get(url, { maxRedirects: 0 });
		expect(response.status()).toBeLessThan(400);
		const headers = response.headersArray();
		const values = (name: string) =>
			headers.filter((header) => header.name.toLowerCase() === name).map((header) => header.value);

		const policies = values('content-security-policy');
		expect(policies).toHaveLength(1);
		const policyText = policies[0] ?? '';
		// Netlify joins the values of overlapping rules with a comma, which would be two policies.
		expect(policyText).not.toContain(',');
		const policy = parsePolicy(policyText);
		const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
		expect(scriptSources).not.toContain("'unsafe-inline'");
		// Only the CMS may evaluate strings: Decap checks its config with ajv, which compiles
		// validators with `new Function` (see netlify.toml). Every other page refuses eval.
		if (!url.startsWith('/admin/')) expect(scriptSources).not.toContain("'unsafe-eval'");
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(values('x-frame-options')).toEqual(['DENY']);
		expect(values('strict-transport-security')[0]).toMatch(/max-age=\d{8,}/);
		expect(values('x-content-type-options')).toEqual(['nosniff']);
		expect(values('referrer-policy')).toHaveLength(1);
		expect(values('permissions-policy')[0]).toContain('camera=()');

		// Every inline script and style in the built page must be allowed by the policy it is
		// served with, so an Astro upgrade that changes its island runtime fails here.
		const file = join('dist', url.endsWith('/') ? `${url}index.html` : url);
		const { scripts, styles } = findInlineCode(readFileSync(file, 'utf8'));
		const styleSources = policy.get('style-src') ?? policy.get('default-src') ?? [];
		for (const script of scripts) {
			expect(allowsInline(scriptSources, script), `inline script ${sha256(script)} in ${url}`).toBe(
				true,
			);
		}
		for (const style of styles) {
			expect(allowsInline(styleSources, style), `inline style ${sha256(style)} in ${url}`).toBe(
				true,
			);
		}
	});
}

test('the roster island works under the served policy, with no CSP violation', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	const response = await page.goto('/roster/');
	expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");

	await page.getByRole('searchbox', { name: 'Search the roster' }).fill('pena');
	await expect(
		page.getByRole('table', { name: 'All certified officers' }).locator('tbody tr'),
	).toHaveCount(1);
	// The island's inline style (display: contents) applies only if style-src allows it.
	expect(
		await page.locator('astro-island').evaluate((island) => getComputedStyle(island).display),
	).toBe('contents');

	expect(problems).toEqual([]);
});
