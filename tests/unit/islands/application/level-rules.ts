import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type LevelId, type LevelRules, LevelSchema } from '../../../../src/domain/levels.ts';

/**
 * @param id a level
 * @returns its rules as editors wrote them in content/levels/, so the tests follow the content
 */
export function readLevelRules(id: LevelId): LevelRules {
	const text = readFileSync(`content/levels/${id}.md`, 'utf8');
	const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';

	return LevelSchema.parse(parse(frontMatter)).rules;
}
