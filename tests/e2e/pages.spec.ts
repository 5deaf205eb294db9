import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
	{ path: '/', heading: 'School Resource Officer Certificate Program' },
	{ path: '/levels/', heading: 'Certificate levels' },
	{ path: '/levels/basic/', heading: 'Basic certificate' },
	{ path: '/levels/intermediate/', heading: 'Intermediate certificate' },
	{ path: '/levels/advanced/', heading: 'Advanced certificate' },
	{ path: '/levels/senior/', heading: 'Senior certificate' },
	{ path: '/eligibility/', heading: 'Eligibility and how to apply' },
	{ path: '/faq/', heading: 'Frequently asked questions' },
	{ path: '/roster/', heading: 'Roster of certified officers' },
	{ path: '/roster/no-such-certificate/', heading: 'No such certificate' },
];

for (const { path, heading } of PAGES) {
	test(`${path} has one h1, a skip link and no axe violations`, async ({ page }) => {
		await page.goto(path);

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.locator('h1')).toHaveCount(1);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(results.violations).toEqual([]);
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/faq/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page.locator('#main-content')).toBeFocused();
});

test('the level pages state the program facts', async ({ page }) => {
	await page.goto('/levels/basic/');
	await expect(page.getByRole('main')).toContainText('at least 40 hours');
	await page.goto('/levels/advanced/');
	await expect(page.getByRole('main')).toContainText('three full school years');
	await expect(page.getByRole('main')).toContainText('6 hours of college credit');
	await page.goto('/levels/senior/');
	await expect(page.getByRole('main')).toContainText('English Composition or Technical Writing');

	await expect(page.getByRole('main')).toContainText('five full school years');
});

test('an unknown path answers 404 with the site page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');

	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the eligibility page states what each level needs as the program does', async ({ page }) => {
	await page.goto('/eligibility/');
	const prepare = (level: string) =>
		page.getByRole('region', { name: new RegExp(`^${level} \\(Level`) });

	await expect(prepare('Basic')).toContainText('SRO Basic course, at least 40 hours');
	await expect(prepare('Basic')).toContainText(
		'School Site Safety Assessment course, ACLEST-certified',
	);
	await expect(prepare('Basic')).toContainText(
		'at least one more ACLEST-certified school-safety course of at least 4 hours',
	);
	await expect(prepare('Intermediate')).toContainText('20 more hours of ACLEST-certified');
	await expect(prepare('Advanced')).toContainText('6 hours of college credit');
	await expect(prepare('Senior')).toContainText('6 more hours of college credit, at least 3');
});
