import { describe, expect, it } from 'vitest';
import { makeOfficerFileName } from '../../src/domain/officer-file-name.ts';

// The file names Decap CMS gave these officers in tests/e2e/cms.spec.ts, driven in Chromium.
describe('makeOfficerFileName (C05)', () => {
	it.each([
		['Siobhán O’Neil', 'siobhan-oneil'],
		["D'Arcy Scott", 'darcy-scott'],
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
