import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeCertificateNumber } from '../../src/domain/roster.ts';
import { findCertificate } from '../../src/server/roster.ts';

const ROSTER = 'content/officers';

afterEach(() => {
	delete process.env.CONTENT_DIR;
});

describe('normalizeCertificateNumber', () => {
	it.each([
		['ACSS-1-2025-0042', 'ACSS-1-2025-0042'],
		[' acss-1-2025-0042 ', 'ACSS-1-2025-0042'],
		['ACSS–1–2025–0042', 'ACSS-1-2025-0042'],
		['acss 1 2025 0042', 'ACSS-1-2025-0042'],
		['ACSS120250042', 'ACSS-1-2025-0042'],
		['ＡＣＳＳ-1-2025-0042', 'ACSS-1-2025-0042'],
		['ACSS-5-2025-0042', 'ACSS-5-2025-0042'],
		['nonsense', 'NONSENSE'],
	])('reads "%s" as %s', (typed, canonical) => {
		expect(normalizeCertificateNumber(typed)).toBe(canonical);
	});
});

describe('findCertificate', () => {
	const files = readdirSync(ROSTER).filter((name) => name.endsWith('.yml'));
	const certificates = files.flatMap((name) => {
		const officer = parse(readFileSync(join(ROSTER, name), 'utf8')) as {
			certificates: { number: string }[];
		};

		return officer.certificates.map(({ number }) => [number, name.replace(/\.yml$/, '')] as const);
	});

	it.each(certificates)('finds %s on the page of %s', async (number, officerId) => {
		const found = await findCertificate(number.toLowerCase());

		expect(found?.officerId).toBe(officerId);
		expect(found?.certificate.number).toBe(number);
	});

	it('returns null for a number no officer holds', async () => {
		expect(await findCertificate('ACSS-4-1999-9999')).toBeNull();
		expect(await findCertificate('')).toBeNull();
	});

	it('names the file when an officer file breaks the schema', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'roster-'));
		try {
			mkdirSync(join(folder, 'officers'));
			writeFileSync(
				join(folder, 'officers', 'no-certificates.yml'),
				'name: Sam Doe\nagency: X\ndistrict: Y\ncounty: Z\nstatus: active\ncertificates: []\n',
			);
			process.env.CONTENT_DIR = folder;

			await expect(findCertificate('ACSS-1-2025-0001')).rejects.toThrow(/no-certificates\.yml/);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
