import { expect, test } from '@playwright/test';
import { isContentPage, listPages, measurePage } from '../../scripts/page-weight.ts';

// These read the normal build in dist/, which `npm test` makes before the end-to-end tests.
const pages = listPages('dist');

test('content pages ship no JavaScript', () => {
	const contentPages = pages.filter(isContentPage);
	expect(contentPages).toContain('/levels/basic/');
	expect(contentPages).not.toContain('/roster/');

	const withScripts = contentPages.filter((url) => measurePage('dist', url).scriptCount > 0);
	expect(withScripts).toEqual([]);
});

test('the budget figures count the HTML and every file a page loads', () => {
	const level = measurePage('dist', '/levels/basic/');
	expect(level.assets.some((asset) => asset.endsWith('.css'))).toBe(true);
	expect(level.total.gzip).toBeGreaterThan(1000);
	expect(level.total.brotli).toBeLessThan(level.total.gzip);

	// The roster's figure follows the island into React's chunks, so it is far above a content page's.
	const roster = measurePage('dist', '/roster/');
	expect(roster.scriptCount).toBeGreaterThanOrEqual(3);
	expect(roster.assets.filter((asset) => asset.endsWith('.js')).length).toBeGreaterThanOrEqual(3);
	expect(roster.total.gzip).toBeGreaterThan(level.total.gzip + 30 * 1024);
});

// Pages with islands (/apply/, /status/) are weighed by `npm run budget`, which reports them.
test('every content page is within 60 KB compressed', () => {
	const overweight = pages
		.filter(isContentPage)
		.map((url) => measurePage('dist', url))
		.filter((page) => page.total.brotli > 60 * 1024)
		.map((page) => `${page.url}: ${page.total.brotli} bytes`);

	expect(overweight).toEqual([]);
});
