import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LevelSchema } from '../../src/domain/levels.ts';
import { FaqSchema, ProgramSectionSchema } from '../../src/domain/program.ts';
import { OfficerSchema } from '../../src/domain/roster.ts';
import { SettingsSchema } from '../../src/domain/settings.ts';

/** Splits a Markdown file into its YAML front matter, parsed the way Astro parses it. */
const readFrontMatter = (path: string): unknown => {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
	if (!match?.[1]) throw new Error(`${path} has no front matter`);

	return parse(match[1]);
};
const filesIn = (folder: string, extension: string) =>
	readdirSync(folder)
		.filter((name) => name.endsWith(extension))
		.map((name) => join(folder, name));

// C04: every content file is checked here, so a CMS upgrade that saves another shape fails CI.
describe('content in the repository (C04)', () => {
	it.each(filesIn('content/program', '.md'))('program section %s validates', (path) => {
		expect(ProgramSectionSchema.safeParse(readFrontMatter(path)).error).toBeUndefined();
	});

	it.each(filesIn('content/faq', '.md'))('question %s validates', (path) => {
		expect(FaqSchema.safeParse(readFrontMatter(path)).error).toBeUndefined();
	});

	it('holds no file the checks above skip', () => {
		const checked = ['program', 'levels', 'faq', 'officers'].flatMap((folder) =>
			readdirSync(`content/${folder}`),
		);
		const expected = checked.filter((name) => name.endsWith('.md') || name.endsWith('.yml'));

		expect(checked).toEqual(expected);
		expect(readdirSync('content/settings')).toEqual(['site.yml']);
	});

	it.each(filesIn('content/levels', '.md'))('level %s validates', (path) => {
		expect(LevelSchema.safeParse(readFrontMatter(path)).error).toBeUndefined();
	});

	it.each(filesIn('content/officers', '.yml'))('officer %s validates', (path) => {
		expect(OfficerSchema.safeParse(parse(readFileSync(path, 'utf8'))).error).toBeUndefined();
	});

	it('settings validate', () => {
		const settings = parse(readFileSync('content/settings/site.yml', 'utf8'));

		expect(SettingsSchema.safeParse(settings).error).toBeUndefined();
	});

	it('has the four levels in order, each requiring the one before', () => {
		const levels = filesIn('content/levels', '.md').map((path) =>
			LevelSchema.parse(readFrontMatter(path)),
		);
		const byOrder = levels.sort((a, b) => a.order - b.order);

		expect(byOrder.map((level) => level.title)).toEqual([
			'Basic',
			'Intermediate',
			'Advanced',
			'Senior',
		]);
		expect(byOrder.map((level) => level.prerequisite)).toEqual([
			undefined,
			'basic',
			'intermediate',
			'advanced',
		]);
	});
});
