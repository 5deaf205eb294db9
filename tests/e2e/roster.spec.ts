import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { RosterIndex } from '../../src/domain/roster-index.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Console errors and warnings, where React reports hydration mismatches and Chromium CSP violations. */
function collectConsoleProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));

	return problems;
}

/** Opens the roster and waits until the search island has loaded its index. */
async function openSearch(page: Page) {
	await page.goto('/roster/');
	const searchbox = page.getByRole('searchbox', { name: 'Search the roster' });
	await expect(searchbox).toBeVisible();

	return searchbox;
}

const resultsTable = (page: Page) => page.getByRole('table', { name: 'All certified officers' });
const resultNames = (page: Page) => resultsTable(page).locator('tbody th a');
/** The count shown on screen; screen readers get the same text from the status region. */
const shownCount = (page: Page) => page.locator('.roster-search__count');

test.describe('roster search', () => {
	test("C12: matches ’ and ' alike in both directions", async ({ page }) => {
		const searchbox = await openSearch(page);
		const oNeils = [
			'Brent O’Neil',
			'Françoise O’Neil',
			'Mai O’Neil',
			"Siobhán O'Neil-Peña",
			'Tomás O’Neil',
		];

		await searchbox.fill("o'neil");
		await expect(resultNames(page)).toHaveText(oNeils);
		await searchbox.fill('O’NEIL');
		await expect(resultNames(page)).toHaveText(oNeils);
		await searchbox.fill('d’arcy');

		await expect(resultNames(page)).toHaveText(['D’Arcy Scott']);
	});

	test('C12: folds accents and case: "pena" finds Peña, "nguyen thi" finds Nguyễn Thị', async ({
		page,
	}) => {
		const searchbox = await openSearch(page);

		await searchbox.fill('pena');
		await expect(resultNames(page)).toHaveText(["Siobhán O'Neil-Peña"]);
		await searchbox.fill('NGUYEN THI');
		await expect(resultNames(page)).toHaveText(['Nguyễn Thị Mai']);
		await searchbox.fill('francoise');

		await expect(resultNames(page)).toHaveText(['Françoise Davis', 'Françoise O’Neil']);
	});

	test('searches agency, district, county and certificate number, every word anywhere', async ({
		page,
	}) => {
		const searchbox = await openSearch(page);

		await searchbox.fill('acss-2-2023-0001');
		await expect(resultNames(page)).toHaveText(['Nguyễn Thị Mai']);
		await searchbox.fill('pulaski sheriff');
		await expect(resultNames(page)).toContainText(['Nguyễn Thị Mai']);
		await searchbox.fill('little rock school district mai');
		await expect(resultNames(page)).toHaveText(['Nguyễn Thị Mai']);
		await searchbox.fill('no officer has this name');

		await expect(resultsTable(page)).toHaveCount(0);
		await expect(shownCount(page)).toHaveText('No officers match your search.');
	});

	test('filters by highest level and announces the count politely', async ({ page }) => {
		await openSearch(page);

		await page.getByLabel('Highest level').selectOption('Senior');
		const levels = resultsTable(page).locator('tbody td:nth-child(2)');
		const count = await levels.count();
		expect(count).toBeGreaterThan(0);
		for (const level of await levels.allTextContents()) expect(level).toMatch(/^Senior since /);
		const matches = `${count} ${count === 1 ? 'officer matches' : 'officers match'} your search.`;

		// role="status" is a polite live region; it is filled after a pause in typing.
		await expect(page.getByRole('status')).toHaveText(matches);
	});

	test('shows a bounded number of rows and more on request, moving focus to the first new one', async ({
		page,
	}) => {
		await openSearch(page);

		await expect(resultNames(page)).toHaveCount(25);
		await expect(shownCount(page)).toHaveText('40 officers. Showing the first 25.');
		await page.getByRole('button', { name: 'Show 15 more' }).click();
		await expect(resultNames(page)).toHaveCount(40);
		await expect(resultNames(page).nth(25)).toBeFocused();

		await expect(page.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0);
	});

	test('replaces the full table with the bounded list once the search has taken over', async ({
		page,
	}) => {
		await openSearch(page);

		await expect(page.getByRole('table', { name: 'All certified officers' })).toHaveCount(1);
		await expect(page.locator('#roster-all')).toHaveCount(0);
	});

	test('works with the keyboard alone, from search to an officer page', async ({ page }) => {
		await openSearch(page);

		for (let presses = 0; presses < 20; presses += 1) {
			await page.keyboard.press('Tab');
			if (
				await page
					.getByRole('searchbox', { name: 'Search the roster' })
					.evaluate((box) => box === document.activeElement)
			)
				break;
		}
		await expect(page.getByRole('searchbox', { name: 'Search the roster' })).toBeFocused();
		await page.keyboard.type('pena');
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Highest level')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: "Siobhán O'Neil-Peña" })).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL('/roster/siobhan-oneil-pena/');
	});

	test('/roster/ has no axe violations, before and after a search', async ({ page }) => {
		const searchbox = await openSearch(page);
		expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

		await searchbox.fill('o’neil');
		await page.getByLabel('Highest level').selectOption('Basic');
		await expect(page.getByRole('status')).not.toBeEmpty();
		expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);

		await searchbox.fill('no officer has this name');
		await expect(shownCount(page)).toHaveText('No officers match your search.');
		expect((await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations).toEqual([]);
	});
});

for (const timezoneId of ['America/Chicago', 'Pacific/Auckland']) {
	test.describe(`in ${timezoneId}`, () => {
		test.use({ timezoneId });

		test(`C03: an award date of 2025-03-01 shows as March 1, 2025 in the island and on the officer page (${timezoneId})`, async ({
			page,
		}) => {
			const problems = collectConsoleProblems(page);
			const searchbox = await openSearch(page);
			expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
				timezoneId,
			);

			await searchbox.fill("O'Neil-Peña");
			await expect(resultsTable(page).locator('tbody tr')).toHaveCount(1);
			await expect(resultsTable(page).locator('tbody td').first()).toHaveText(
				'Basic since March 1, 2025',
			);
			await page.getByRole('link', { name: "Siobhán O'Neil-Peña" }).click();
			await expect(page.getByRole('row', { name: /ACSS-1-2025-0001/ })).toContainText(
				'March 1, 2025',
			);

			// React reports a hydration mismatch as a console error.
			expect(problems).toEqual([]);
		});
	});
}

test.describe('certificate lookup', () => {
	test('a number typed loosely leads to the officer page, at that certificate', async ({
		page,
	}) => {
		await page.goto('/roster/');

		await page.getByLabel('Look up a certificate number').fill(' acss 2 2023–0001 ');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL('/roster/nguyen-thi-mai/#ACSS-2-2023-0001');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguyễn Thị Mai');

		await expect(page.locator('tr:target')).toContainText('ACSS-2-2023-0001');
	});

	test('an unknown number gets the "no such certificate" page', async ({ page }) => {
		await page.goto('/roster/');

		await page.getByLabel('Look up a certificate number').fill('ACSS-4-1999-9999');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL('/roster/no-such-certificate/');

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such certificate');
	});

	test('each officer page has an anchor for every certificate, and its id is the file name', async ({
		request,
	}) => {
		const index = (await (await request.get('/roster/search-index.json')).json()) as RosterIndex;
		const fileIds = readdirSync('content/officers').map((name) => name.replace(/\.yml$/, ''));
		// functions/verify.ts names the page after the file; the site names it after Astro's entry id.
		expect(index.officers.map(([id]) => id).sort()).toEqual(fileIds.sort());

		for (const [id, , , , , , , , numbers] of index.officers) {
			const html = await (await request.get(`/roster/${id}/`)).text();
			for (const number of numbers.split(' ')) expect(html, id).toContain(`id="${number}"`);
		}
	});

	test('the lookup function answers each level of certificate with its officer page', async ({
		request,
	}) => {
		const index = (await (await request.get('/roster/search-index.json')).json()) as RosterIndex;
		// One officer per highest level keeps this quick: each local function call takes about half a second.
		const officers = [0, 1, 2, 3].map((level) => index.officers.find((row) => row[6] === level));

		for (const officer of officers) {
			const [id, , , , , , , , numbers] = officer ?? [];
			expect(id).toBeDefined();
			for (const number of numbers?.split(' ') ?? []) {
				const answer = await request.get(
					`/api/verify?number=${encodeURIComponent(number.toLowerCase())}`,
					{
						maxRedirects: 0,
					},
				);
				expect(answer.status(), number).toBe(303);
				expect(answer.headers().location, number).toBe(`/roster/${id}/#${number}`);
			}
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the roster lists every officer in a table and the lookup still works', async ({ page }) => {
		await page.goto('/roster/');

		await expect(page.getByRole('searchbox', { name: 'Search the roster' })).toHaveCount(0);
		await expect(
			page.getByRole('table', { name: 'All certified officers' }).locator('tbody tr'),
		).toHaveCount(40);
		await page.getByLabel('Look up a certificate number').fill('ACSS-1-2025-0001');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL('/roster/siobhan-oneil-pena/#ACSS-1-2025-0001');

		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Siobhán O'Neil-Peña");
	});
});
