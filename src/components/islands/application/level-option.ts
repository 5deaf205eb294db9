import type { LevelId, LevelRules } from '../../../domain/levels.ts';

/** What the form needs to know about a level; the page reads it from content/levels/. */
export interface LevelOption {
	id: LevelId;
	title: string;
	alias: string;
	prerequisite: LevelId | undefined;
	rules: LevelRules;
}
