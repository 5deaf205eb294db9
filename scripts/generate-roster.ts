/**
 * Writes a made-up roster of certified officers as content/officers/*.yml files.
 * Every officer is fictional and marked `sample: true`.
 *
 *   node scripts/generate-roster.ts [--count 40] [--out content/officers] [--seed 7]
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { LEVEL_IDS, type LevelId } from '../src/domain/levels.ts';
import { makeOfficerFileName } from '../src/domain/officer-file-name.ts';
import { makeCertificateNumber } from '../src/domain/roster.ts';

const FIRST = [
	'Siobhán',
	'José',
	'Nguyễn Thị',
	'D’Arcy',
	'Maria',
	'James',
	'Keisha',
	'Tomás',
	'Emily',
	'Darnell',
	'Renée',
	'Luis',
	'Hannah',
	'Marcus',
	'Zoë',
	'Andre',
	'Chloé',
	'Wesley',
	'Aaliyah',
	'Brent',
	'Inés',
	'Travis',
	'Mai',
	'Joaquín',
	'LaTonya',
	'Cody',
	'Françoise',
	'Derrick',
	'Ana',
	'Garrett',
];
const LAST = [
	'O’Neil',
	'Peña',
	'Mai',
	'Smith',
	'Johnson',
	'Nguyễn',
	'Williams',
	'García',
	'Brown',
	"O'Hara",
	'Davis',
	'Müller',
	'Jackson',
	'Peña-Nguyễn',
	'Thompson',
	'White',
	'López',
	'Harris',
	'Clark',
	'Lewis',
	'Robinson',
	'Walker',
	'Young',
	'Allen',
	'King',
	'Wright',
	'Scott',
	'Torres',
	'Hill',
	'Green',
];
const PLACES = [
	['Conway', 'Faulkner'],
	['Fayetteville', 'Washington'],
	['Jonesboro', 'Craighead'],
	['Little Rock', 'Pulaski'],
	['Bentonville', 'Benton'],
	['Hot Springs', 'Garland'],
	['Pine Bluff', 'Jefferson'],
	['Texarkana', 'Miller'],
	['Russellville', 'Pope'],
	['Searcy', 'White'],
	['Cabot', 'Lonoke'],
	['Mountain Home', 'Baxter'],
	['El Dorado', 'Union'],
	['Magnolia', 'Columbia'],
	['Harrison', 'Boone'],
	['Forrest City', 'St. Francis'],
] as const;
const SCHOOLS = ['High School', 'Junior High School', 'Middle School', 'Elementary School'];

/**
 * Officers the test cases name (/work/shared/cases: C03 award date 2025-03-01, C12 real names
 * with a straight apostrophe beside the generated curly ones). They take the last places of
 * the count, so every roster size has them and the random officers before them do not change.
 */
const CASE_OFFICERS = [
	{
		name: "Siobhán O'Neil-Peña",
		agency: 'Conway Police Department',
		district: 'Conway School District',
		campus: 'Conway High School',
		county: 'Faulkner',
		status: 'active',
		awarded: ['2025-03-01'],
	},
	{
		name: 'Nguyễn Thị Mai',
		agency: 'Pulaski County Sheriff’s Office',
		district: 'Little Rock School District',
		campus: '',
		county: 'Pulaski',
		status: 'active',
		awarded: ['2021-08-16', '2023-05-30'],
	},
] as const;

const { values } = parseArgs({
	options: {
		count: { type: 'string', default: '40' },
		out: { type: 'string', default: 'content/officers' },
		seed: { type: 'string', default: '7' },
	},
});
const count = Number(values.count);
let state = Number(values.seed);

/** A small linear congruential generator, so the same seed always gives the same roster. */
const random = (below: number): number => {
	state = (state * 1103515245 + 12345) % 2147483648;

	// The low bits of this generator repeat quickly; the high bits do not.
	return Math.floor(state / 65536) % below;
};

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const taken = new Set<string>();
const sequences = new Map<string, number>();

/** Gives each certificate the next free sequence number of its level and year. */
const numberCertificate = (level: LevelId, awarded: string) => {
	const year = Number(awarded.slice(0, 4));
	const key = `${level}-${year}`;
	const sequence = (sequences.get(key) ?? 0) + 1;
	sequences.set(key, sequence);

	return { level, number: makeCertificateNumber(level, year, sequence), awarded };
};

const writeOfficer = (officer: { name: string; [field: string]: unknown }) => {
	const fileName = makeOfficerFileName(officer.name, taken);
	taken.add(fileName);
	writeFileSync(join(values.out, `${fileName}.yml`), stringify(officer));
};

for (let index = 0; index < Math.max(0, count - CASE_OFFICERS.length); index += 1) {
	const name = `${FIRST[random(FIRST.length)]} ${LAST[random(LAST.length)]}`;
	const [city, county] = PLACES[random(PLACES.length)] ?? PLACES[0];
	const levelsHeld = 1 + random(4);
	const firstYear = 2014 + random(6);
	const certificates = LEVEL_IDS.slice(0, levelsHeld).map((level, step) => {
		const year = firstYear + step * 2;
		const month = String(1 + random(12)).padStart(2, '0');
		const day = String(1 + random(28)).padStart(2, '0');

		return numberCertificate(level, `${year}-${month}-${day}`);
	});
	const officer = {
		name,
		agency: random(3) === 0 ? `${county} County Sheriff’s Office` : `${city} Police Department`,
		district: `${city} School District`,
		campus: random(5) === 0 ? '' : `${city} ${SCHOOLS[random(SCHOOLS.length)]}`,
		county,
		status: random(8) === 0 ? 'inactive' : 'active',
		certificates,
		sample: true,
	};
	writeOfficer(officer);
}

for (const { awarded, ...officer } of CASE_OFFICERS.slice(0, count)) {
	const certificates = awarded.map((date, step) =>
		numberCertificate(LEVEL_IDS[step] ?? 'basic', date),
	);
	writeOfficer({ ...officer, certificates, sample: true });
}

console.log(`Wrote ${readdirSync(values.out).length} sample officers to ${values.out}`);
