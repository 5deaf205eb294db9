import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LevelSchema } from './domain/levels.ts';
import { OfficerSchema } from './domain/roster.ts';
import { SettingsSchema } from './domain/settings.ts';

/** Sections of the program overview on the home page, shown in `order`. */
export const ProgramSectionSchema = z.object({
	/** The section heading. Example: Who runs the program */
	title: z.string().trim().min(1),
	/** Position on the page, 1 first. */
	order: z.number().int().min(1),
});

/** Questions and answers for /faq/. */
export const FaqSchema = z.object({
	/** The question as an officer would ask it. Example: How long does a decision take? */
	question: z.string().trim().min(1),
	/** Position in the list, 1 first. */
	order: z.number().int().min(1),
});

const program = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/program' }),
	schema: ProgramSectionSchema,
});

const levels = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/levels' }),
	schema: LevelSchema,
});

const faq = defineCollection({
	loader: glob({ pattern: '*.md', base: './content/faq' }),
	schema: FaqSchema,
});

const officers = defineCollection({
	// OFFICERS_DIR lets the build benchmark point at a generated roster of 10,000 officers.
	loader: glob({ pattern: '*.yml', base: process.env.OFFICERS_DIR ?? './content/officers' }),
	schema: OfficerSchema,
});

const settings = defineCollection({
	// One file, content/settings/site.yml, read as the entry with id "site".
	loader: glob({ pattern: 'site.yml', base: './content/settings' }),
	schema: SettingsSchema,
});

export const collections = { program, levels, faq, officers, settings };
