/**
 * Real `astro build` runs over temporary copies of content/ with a file changed, the way a CMS
 * edit or a hand edit would change it. Each build writes to its own temporary folder.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, copyContent } from '../support/site-build.ts';

const BUILD_TIMEOUT = 180_000;
const folders: string[] = [];

const makeCopy = () => {
	const folder = copyContent('sro-content-');
	folders.push(folder);

	return folder;
};

/** An officer as Decap saves one, with the fields under test replaced. */
const officerYaml = (lines: string) => `name: Ana March
agency: Conway Police Department
district: Conway School District
county: Faulkner
status: active
${lines}
`;

/** The visible text of a built page, without the attributes Astro adds to scoped elements. */
const readText = (path: string) =>
	readFileSync(path, 'utf8')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('building the site from content', () => {
	it.each([
		['a date in another format', '03/01/2025', 'Enter a date as YYYY-MM-DD'],
		// YAML reads this as a Date that rolls over to March 2; the build must not accept it.
		['a day that does not exist', '2025-02-30', 'Enter a real calendar date'],
	])(
		'C01: %s stops the build with a message naming the file and the field',
		async (_label, awarded, message) => {
			const folder = makeCopy();
			const certificate = `certificates:\n  - level: basic\n    number: ACSS-1-2025-0042\n    awarded: ${awarded}`;
			writeFileSync(join(folder, 'content/officers/bad-date.yml'), officerYaml(certificate));

			const build = await buildSite({
				contentDir: join(folder, 'content'),
				outDir: join(folder, 'dist'),
			});

			expect(build.status).not.toBe(0);
			expect(build.output).toContain('bad-date.yml');
			expect(build.output).toContain('certificates.0.awarded');
			expect(build.output).toContain(message);
		},
		BUILD_TIMEOUT,
	);

	it(
		'stops the build when two officer files hold the same certificate number, naming both',
		async () => {
			const folder = makeCopy();
			const certificate = `certificates:\n  - level: basic\n    number: ACSS-1-2026-0099\n    awarded: 2026-01-05`;
			writeFileSync(join(folder, 'content/officers/ana-march.yml'), officerYaml(certificate));
			writeFileSync(
				join(folder, 'content/officers/ana-march-1.yml'),
				officerYaml(certificate).replace('Ana March', 'Ana Marsh'),
			);

			const build = await buildSite({
				contentDir: join(folder, 'content'),
				outDir: join(folder, 'dist'),
			});

			expect(build.status).not.toBe(0);
			expect(build.output).toContain(
				'ACSS-1-2026-0099 is listed in ana-march.yml and ana-march-1.yml',
			);
		},
		BUILD_TIMEOUT,
	);

	it.each(['America/Chicago', 'Pacific/Auckland'])(
		'C02, C03: built with TZ=%s, the officer page shows March 1, 2025 and a dash for the cleared campus',
		async (zone) => {
			const folder = makeCopy();
			const certificates =
				'certificates:\n  - level: basic\n    number: ACSS-1-2025-0901\n    awarded: 2025-03-01';
			writeFileSync(
				join(folder, 'content/officers/ana-march.yml'),
				officerYaml(`campus: ''\n${certificates}\nsample: true`),
			);
			writeFileSync(
				join(folder, 'content/officers/ana-march-1.yml'),
				officerYaml(`campus: null\n${certificates.replace('0901', '0902')}\nsample: null`).replace(
					'Ana March',
					'Ana March Null',
				),
			);
			const settingsPath = join(folder, 'content/settings/site.yml');
			writeFileSync(
				settingsPath,
				readFileSync(settingsPath, 'utf8').replace(/^announcement:.*$/m, 'announcement: null'),
			);

			const outDir = join(folder, 'dist');
			const build = await buildSite({
				contentDir: join(folder, 'content'),
				outDir,
				env: { TZ: zone },
			});
			expect(build.status, build.output).toBe(0);

			for (const page of ['roster/ana-march/index.html', 'roster/ana-march-1/index.html']) {
				const text = readText(join(outDir, page));
				expect(text).toMatch(/ACSS-1-2025-090\d March 1, 2025 /);
				expect(text).toContain(' Campus — County ');
				expect(text).not.toContain('Invalid Date');
			}
			const roster = readText(join(outDir, 'roster/index.html'));
			expect(roster).toContain('since March 1, 2025');
			expect(roster).not.toContain('Invalid Date');
			expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toContain(
				'aria-label="Announcement"',
			);
		},
		BUILD_TIMEOUT,
	);
});
