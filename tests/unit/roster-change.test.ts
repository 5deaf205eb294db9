import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeRosterChange, type RosterEntry } from '../../src/domain/roster-change.ts';
import { OfficerSchema } from '../../src/domain/roster.ts';
import { getHighestSequence } from '../../src/server/certificate-numbers.ts';
import { makeRecord } from '../support/review-records.ts';

const entry = (id: string): RosterEntry => {
	const text = readFileSync(`content/officers/${id}.yml`, 'utf8');

	return { id, text, officer: OfficerSchema.parse(parse(text)) };
};
const ROSTER = [entry('d-arcy-scott'), entry('aaliyah-harris')];

describe('the roster change offered on approval', () => {
	it('is a new officer file for a Basic certificate, valid by the roster schema', () => {
		const record = makeRecord({ applicant: { fullName: 'Siobhán O’Neil-Peña' } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});
		const officer = OfficerSchema.parse(parse(change.yaml));

		expect(change.kind).toBe('new-officer');
		expect(change.path).toBe('content/officers/siobhan-o-neil-pena.yml');
		expect(change.pagePath).toBe('/roster/siobhan-o-neil-pena/');
		expect(officer).toMatchObject({
			name: 'Siobhán O’Neil-Peña',
			agency: 'Conway Police Department',
			district: 'Conway School District',
			campus: 'Conway High School',
			// D'Arcy Scott serves the same district, in Faulkner County.
			county: 'Faulkner',
			status: 'active',
			certificates: [{ level: 'basic', number: 'ACSS-1-2026-0001', awarded: '2026-12-03' }],
		});
		expect(officer.sample).toBeUndefined();
		expect(change.needsCounty).toBe(false);
	});

	it('offers the CMS new-entry address with the officer’s fields filled in', () => {
		const record = makeRecord({ applicant: { fullName: 'José Peña-Nguyễn' } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});
		const url = new URL(change.cmsNewEntryUrl ?? '', 'http://localhost');
		const params = new URLSearchParams(url.hash.split('?')[1]);

		expect(url.pathname).toBe('/admin/');
		expect(url.hash.startsWith('#/collections/officers/new?')).toBe(true);
		expect(Object.fromEntries(params)).toEqual({
			name: 'José Peña-Nguyễn',
			agency: 'Conway Police Department',
			district: 'Conway School District',
			campus: 'Conway High School',
			county: 'Faulkner',
			status: 'active',
		});
	});

	it.each(["D'Arcy Scott", 'Sam <b>Bold</b>', 'Ann & Co'])(
		'offers no CMS address for %j, which the CMS would store escaped',
		(fullName) => {
			const record = makeRecord({ applicant: { fullName } });

			expect(
				makeRosterChange({
					record,
					certificateNumber: 'ACSS-1-2026-0001',
					awarded: '2026-12-03',
					roster: ROSTER,
				}).cmsNewEntryUrl,
			).toBeNull();
		},
	);

	it('asks for the county when no officer shares the district', () => {
		const record = makeRecord({ applicant: { district: 'Mountain View School District' } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});

		expect(change.needsCounty).toBe(true);
	});

	it('never reuses a taken file name', () => {
		const record = makeRecord({ applicant: { fullName: 'D’Arcy Scott' } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});

		expect(change.path).toBe('content/officers/d-arcy-scott-1.yml');
	});

	it('adds the new certificate to the existing entry for a level above Basic, keeping the rest of the file', () => {
		const record = makeRecord({
			applicant: { fullName: 'D’Arcy Scott', schoolYears: 5 },
			application: { level: 'senior', currentCertificate: 'ACSS-3-2020-0002' },
		});

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-4-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});
		const officer = OfficerSchema.parse(parse(change.yaml));

		expect(change.kind).toBe('add-certificate');
		expect(change.path).toBe('content/officers/d-arcy-scott.yml');
		expect(change.yaml.startsWith(ROSTER[0]?.text.split('certificates:')[0] ?? 'x')).toBe(true);
		expect(officer.certificates.map((item) => item.number)).toEqual([
			'ACSS-1-2016-0002',
			'ACSS-2-2018-0002',
			'ACSS-3-2020-0002',
			'ACSS-4-2026-0001',
		]);
		expect(officer.certificates.at(-1)?.awarded).toBe('2026-12-03');
	});

	it('says the change is published once the roster lists the certificate', () => {
		const record = makeRecord({ applicant: { fullName: 'D’Arcy Scott' } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2016-0002',
			awarded: '2016-02-15',
			roster: ROSTER,
		});

		expect(change).toMatchObject({ kind: 'published', pagePath: '/roster/d-arcy-scott/' });
	});

	it('keeps markup in a name as plain text in the YAML (C11)', () => {
		const name = 'Sam <a href="https://phish.example">Verify</a>';
		const record = makeRecord({ applicant: { fullName: name } });

		const change = makeRosterChange({
			record,
			certificateNumber: 'ACSS-1-2026-0001',
			awarded: '2026-12-03',
			roster: ROSTER,
		});

		expect(OfficerSchema.parse(parse(change.yaml)).name).toBe(name);
	});
});

describe('the highest certificate sequence on the roster', () => {
	it.each([
		{ level: 'senior', year: 2025, highest: 4 },
		{ level: 'basic', year: 2016, highest: 2 },
		{ level: 'basic', year: 2031, highest: 0 },
	] as const)('is $highest for $level in $year', ({ level, year, highest }) => {
		const numbers = [
			'ACSS-4-2025-0001',
			'ACSS-4-2025-0004',
			'ACSS-1-2016-0002',
			'ACSS-4-2024-0009',
			'ACSS-1-2016-0001',
		];

		expect(getHighestSequence(numbers, level, year)).toBe(highest);
	});
});
