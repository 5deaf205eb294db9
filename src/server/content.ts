/**
 * Reads the levels and settings from content/ at run time, the same files the site is built
 * from (netlify.toml ships content/levels, content/officers and content/settings with the
 * functions). Parsed with the same schemas as the build, so a file the build accepts is one the
 * functions accept.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type Level, type LevelId, LevelSchema } from '../domain/levels.ts';
import { type Settings, SettingsSchema } from '../domain/settings.ts';

/**
 * Netlify runs functions with the site's base folder as the working directory, where
 * included_files keep their paths. CONTENT_DIR lets tests point at other content.
 */
export const getContentDir = () => resolve(process.env.CONTENT_DIR ?? 'content');

/**
 * Content is read again after this long, so an edit made in the CMS during `npm start` shows up
 * without a restart, while a busy instance reads the files at most twice a minute.
 */
const CACHE_MS = 30_000;

interface Cached<T> {
	value: Promise<T>;
	at: number;
	dir: string;
}

/**
 * @param load reads the content
 * @returns a reader that shares one read among callers for CACHE_MS
 */
export function cacheContent<T>(load: (dir: string) => Promise<T>): () => Promise<T> {
	let cached: Cached<T> | null = null;

	return () => {
		const dir = getContentDir();
		const now = Date.now();
		if (!cached || cached.dir !== dir || now - cached.at > CACHE_MS) {
			const value = load(dir);
			cached = { value, at: now, dir };
			// A failed read is not kept: the next call tries again.
			value.catch(() => {
				if (cached?.value === value) cached = null;
			});
		}

		return cached.value;
	};
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

const readLevels = cacheContent(async (dir) => {
	const folder = join(dir, 'levels');
	const files = (await readdir(folder)).filter((name) => name.endsWith('.md'));
	const levels = new Map<LevelId, Level>();
	for (const file of files) {
		const text = await readFile(join(folder, file), 'utf8');
		const match = FRONT_MATTER.exec(text);
		const parsed = LevelSchema.safeParse(match?.[1] ? parse(match[1]) : null);
		if (!parsed.success) {
			throw new Error(`content/levels/${file} does not match the level schema.`, {
				cause: parsed.error,
			});
		}
		levels.set(file.replace(/\.md$/, '') as LevelId, parsed.data);
	}

	return levels;
});

/**
 * @param id a level id, which is also its file name in content/levels/
 * @returns the level's title, alias, prerequisite and rules
 */
export async function getLevel(id: LevelId): Promise<Level> {
	const level = (await readLevels()).get(id);
	if (!level)
		throw new Error(`content/levels/${id}.md is missing: the functions need every level.`);

	return level;
}

const readSettings = cacheContent(async (dir) => {
	const text = await readFile(join(dir, 'settings', 'site.yml'), 'utf8');
	const parsed = SettingsSchema.safeParse(parse(text));
	if (!parsed.success) {
		throw new Error('content/settings/site.yml does not match the settings schema.', {
			cause: parsed.error,
		});
	}

	return parsed.data;
});

/** @returns the site settings from content/settings/site.yml */
export const getSettings = (): Promise<Settings> => readSettings();
