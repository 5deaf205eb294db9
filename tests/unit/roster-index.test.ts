import { describe, expect, it } from 'vitest';
import {
	isNarrowing,
	type RosterIndexRow,
	readRosterIndex,
	searchRoster,
} from '../../src/domain/roster-index.ts';

const row = (id: string, name: string, highestLevel: number, numbers: string): RosterIndexRow => [
	id,
	name,
	'Conway Police Department',
	'Conway School District',
	'Faulkner',
	1,
	highestLevel,
	'2025-03-01',
	numbers,
];
const entries = readRosterIndex({
	officers: [
		row('siobhan-oneil-pena', "Siobhán O'Neil-Peña", 0, 'ACSS-1-2025-0001'),
		row('brent-o-neil', 'Brent O’Neil', 2, 'ACSS-1-2016-0003 ACSS-2-2018-0001 ACSS-3-2020-0004'),
		row('d-arcy-scott', 'D’Arcy Scott', 3, 'ACSS-1-2014-0001 ACSS-4-2020-0002'),
		row('nguyen-thi-mai', 'Nguyễn Thị Mai', 1, 'ACSS-1-2021-0001 ACSS-2-2023-0001'),
	],
});
const search = (text: string, level = -1) =>
	searchRoster(entries, { text, level }).map((entry) => entry.id);

describe('searchRoster', () => {
	it.each([
		["o'neil", ['siobhan-oneil-pena', 'brent-o-neil']],
		['oneil', ['siobhan-oneil-pena', 'brent-o-neil']],
		['o’neil', ['siobhan-oneil-pena', 'brent-o-neil']],
		["d'arcy", ['d-arcy-scott']],
		['pena', ['siobhan-oneil-pena']],
		['PEÑA', ['siobhan-oneil-pena']],
		['nguyen thi', ['nguyen-thi-mai']],
		['  mai   nguyễn ', ['nguyen-thi-mai']],
		['acss-2-2023-0001', ['nguyen-thi-mai']],
		['faulkner conway', ['siobhan-oneil-pena', 'brent-o-neil', 'd-arcy-scott', 'nguyen-thi-mai']],
		['pena faulkner', ['siobhan-oneil-pena']],
		['pena pulaski', []],
	])('C12: "%s" finds %j', (text, ids) => {
		expect(search(text)).toEqual(ids);
	});

	it('filters by highest level, alone or with text', () => {
		expect(search('', 3)).toEqual(['d-arcy-scott']);
		expect(search("o'neil", 2)).toEqual(['brent-o-neil']);
		expect(search('pena', 2)).toEqual([]);
	});
});

describe('isNarrowing', () => {
	it.each([
		['pe', 'pen', -1, -1, true],
		['pen', 'Peñ', -1, -1, true],
		['pena', 'pena c', -1, -1, true],
		['', 'p', 2, 2, true],
		['pena', 'pen', -1, -1, false],
		['pena', 'pena', -1, 2, false],
		['pena', 'xpena', -1, -1, false],
	])(
		'"%s" then "%s" (levels %i, %i) narrows: %s',
		(before, after, levelBefore, levelAfter, expected) => {
			const previous = { text: before, level: levelBefore };
			const next = { text: after, level: levelAfter };

			expect(isNarrowing(previous, next)).toBe(expected);
			// Whenever it says so, searching the previous results gives what a full search gives.
			if (expected)
				expect(searchRoster(searchRoster(entries, previous), next)).toEqual(
					searchRoster(entries, next),
				);
		},
	);
});
