import { expect, type Page, test } from '@playwright/test';

/** @returns how far the page is wider than the viewport, in CSS pixels */
const measureOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('on a 320 px wide phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the roster, with and without a search, has no horizontal page overflow', async ({
		page,
	}) => {
		await page.goto('/roster/');
		await expect(page.getByRole('searchbox', { name: 'Search the roster' })).toBeVisible();
		expect(await measureOverflow(page)).toBe(0);

		await page.getByRole('searchbox', { name: 'Search the roster' }).fill('sheriff');
		await expect(page.getByRole('table', { name: 'All certified officers' })).toBeVisible();

		expect(await measureOverflow(page)).toBe(0);
	});

	for (const path of [
		'/levels/advanced/',
		'/roster/nguyen-thi-mai/',
		'/roster/no-such-certificate/',
	]) {
		test(`${path} has no horizontal page overflow`, async ({ page }) => {
			await page.goto(path);

			expect(await measureOverflow(page)).toBe(0);
		});
	}
});

test.describe('printed', () => {
	test('the roster prints the table without navigation or search controls', async ({ page }) => {
		await page.goto('/roster/');
		await expect(page.getByRole('searchbox', { name: 'Search the roster' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });

		await expect(page.getByRole('searchbox', { name: 'Search the roster' })).toBeHidden();
		await expect(page.getByLabel('Look up a certificate number')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeHidden();
		await expect(page.getByRole('table', { name: 'All certified officers' })).toBeVisible();
	});

	test('a level page prints its requirements without the site navigation', async ({ page }) => {
		await page.goto('/levels/senior/');
		await page.emulateMedia({ media: 'print' });

		await expect(page.locator('.site-header nav')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.getByRole('main')).toContainText('English Composition or Technical Writing');
	});
});
