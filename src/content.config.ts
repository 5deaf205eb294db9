import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LevelSchema } from './domain/levels.ts';
import { FaqSchema, ProgramSectionSchema } from './domain/program.ts';
import { OfficerSchema } from './domain/roster.ts';
import { SettingsSchema } from './domain/settings.ts';

/**
 * Where the content lives. CONTENT_DIR lets tests build a temporary copy (the CMS round trip, bad
 * files) without touching content/; OFFICERS_DIR still overrides the roster alone.
 */
const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

const program = defineCollection({
	loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/program` }),
	schema: ProgramSectionSchema,
});

const levels = defineCollection({
	loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/levels` }),
	schema: LevelSchema,
});

const faq = defineCollection({
	loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/faq` }),
	schema: FaqSchema,
});

const officers = defineCollection({
	// OFFICERS_DIR lets the build benchmark point at a generated roster of 10,000 officers.
	loader: glob({ pattern: '*.yml', base: process.env.OFFICERS_DIR ?? `${CONTENT_DIR}/officers` }),
	schema: OfficerSchema,
});

const settings = defineCollection({
	// One file, settings/site.yml, read as the entry with id "site".
	loader: glob({ pattern: 'site.yml', base: `${CONTENT_DIR}/settings` }),
	schema: SettingsSchema,
});

export const collections = { program, levels, faq, officers, settings };
