import { describe, expect, it } from 'vitest';
import { makeOfficerFileName } from '../../src/domain/officer-file-name.ts';

// The file names Decap CMS gives these names (tests/e2e/cms.spec.ts drives the real CMS for C05).
describe('makeOfficerFileName (C05)', () => {
	it.each([
		['Siobhán O’Neil', 'siobhan-o-neil'],
		['D’Arcy O’Neil', 'd-arcy-o-neil'],
		["D'Arcy Scott", 'darcy-scott'],
		['Dr. Ana March', 'dr-ana-march'],
		['José Peña-Nguyễn', 'jose-pena-nguyen'],
		['LaTonya Williams', 'latonya-williams'],
		['  Nguyễn Thị Mai ', 'nguyen-thi-mai'],
	])('names %s as the CMS does: %s', (name, fileName) => {
		expect(makeOfficerFileName(name, new Set())).toBe(fileName);
	});

	it('gives a near-collision the next free suffix, as the CMS does, never a taken name', () => {
		expect(makeOfficerFileName('Jose Pena', new Set(['jose-pena']))).toBe('jose-pena-1');
		expect(makeOfficerFileName('José Peña', new Set(['jose-pena', 'jose-pena-1']))).toBe(
			'jose-pena-2',
		);
	});
});
