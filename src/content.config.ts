import { defineCollection } from 'astro:content';
import { LevelSchema } from './domain/levels.ts';
import { FaqSchema, ProgramSectionSchema } from './domain/program.ts';
import { OfficerSchema } from './domain/roster.ts';
import { SettingsSchema } from './domain/settings.ts';
import { checkedGlob } from './lib/checked-glob.ts';

/**
 * Where the content lives. CONTENT_DIR lets tests build a temporary copy (the CMS round trip, bad
 * files) without touching content/; OFFICERS_DIR still overrides the roster alone.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

const program = defineCollection({
	loader: checkedGlob({ pattern: '*.md', base: `${CONTENT_DIR}/program` }, ProgramSectionSchema),
	schema: ProgramSectionSchema,
});

const levels = defineCollection({
	loader: checkedGlob({ pattern: '*.md', base: `${CONTENT_DIR}/levels` }, LevelSchema),
	schema: LevelSchema,
});

const faq = defineCollection({
	loader: checkedGlob({ pattern: '*.md', base: `${CONTENT_DIR}/faq` }, FaqSchema),
	schema: FaqSchema,
});

const officers = defineCollection({
	// OFFICERS_DIR lets the build benchmark point at a generated roster of 10,000 officers.
	loader: checkedGlob(
		{ pattern: '*.yml', base: process.env.OFFICERS_DIR ?? `${CONTENT_DIR}/officers` },
		OfficerSchema,
	),
	schema: OfficerSchema,
});

const settings = defineCollection({
	// One file, settings/site.yml, read as the entry with id "site".
	loader: checkedGlob({ pattern: 'site.yml', base: `${CONTENT_DIR}/settings` }, SettingsSchema),
	schema: SettingsSchema,
});

export const collections = { program, levels, faq, officers, settings };
