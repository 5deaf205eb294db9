// The search island bundles this module: it imports nothing that pulls zod into the browser.
import { foldForSearch } from './search.ts';

/**
 * One officer in the roster search index, as a tuple to keep the file small at 10,000 officers:
 * id, name, agency, district, county, status (1 active, 0 inactive), index of the highest level
 * in LEVEL_IDS, the date that level was awarded, and every certificate number joined by spaces.
 */
export type RosterIndexRow = [
	id: string,
	name: string,
	agency: string,
	district: string,
	county: string,
	isActive: 0 | 1,
	highestLevel: number,
	highestAwarded: string,
	certificateNumbers: string,
];

/** The roster as the search island downloads it from /roster/search-index.json. */
export interface RosterIndex {
	officers: RosterIndexRow[];
}

/** An index row with its fields named, and the text the search matches against. */
export interface RosterEntry {
	id: string;
	name: string;
	agency: string;
	district: string;
	county: string;
	isActive: boolean;
	highestLevel: number;
	highestAwarded: string;
	/** Every searchable field, folded by foldForSearch. */
	haystack: string;
}

/**
 * @param index the downloaded index
 * @returns its rows with named fields and folded search text, in the same order
 */
export function readRosterIndex(index: RosterIndex): RosterEntry[] {
	return index.officers.map(
		([id, name, agency, district, county, isActive, highestLevel, highestAwarded, numbers]) => ({
			id,
			name,
			agency,
			district,
			county,
			isActive: isActive === 1,
			highestLevel,
			highestAwarded,
			haystack: foldForSearch([name, agency, district, county, numbers].join(' ')),
		}),
	);
}

/** What to look for: folded words that must all appear, and a level, or -1 for any level. */
export interface RosterQuery {
	text: string;
	level: number;
}

/**
 * Every word of the query must appear somewhere in the officer's fields, in any order, so
 * "pena conway" finds Peña at the Conway Police Department.
 *
 * @param entries the roster
 * @param query the typed text (folded here) and the level filter
 * @returns the matching entries, in roster order
 */
export function searchRoster(entries: readonly RosterEntry[], query: RosterQuery): RosterEntry[] {
	const words = foldForSearch(query.text)
		.split(' ')
		.filter((word) => word !== '');

	return entries.filter(
		(entry) =>
			(query.level === -1 || entry.highestLevel === query.level) &&
			words.every((word) => entry.haystack.includes(word)),
	);
}

/**
 * Whether the results of `next` are a subset of those of `previous`, so the search can look only
 * among the previous matches: true while someone types on at the end of the same text.
 *
 * @param previous the query of the results at hand
 * @param next the new query
 * @returns true when every entry matching `next` also matches `previous`
 */
export function isNarrowing(previous: RosterQuery, next: RosterQuery): boolean {
	return (
		previous.level === next.level &&
		foldForSearch(next.text).startsWith(foldForSearch(previous.text))
	);
}
