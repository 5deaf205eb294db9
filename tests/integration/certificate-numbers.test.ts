import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CERTIFICATE_NUMBER } from '../../src/domain/roster.ts';
import { allocateCertificateNumber } from '../../src/server/certificate-numbers.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';

let blobs: TestBlobs;

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

describe('certificate number allocation', () => {
	it('starts after the highest number the roster already has for that level and year', async () => {
		const now = new Date('2027-03-01T15:00:00.000Z');
		const rosterNumbers = ['ACSS-2-2027-0041', 'ACSS-2-2026-0090', 'ACSS-3-2027-0077'];

		const first = await allocateCertificateNumber({ level: 'intermediate', now, rosterNumbers });
		const second = await allocateCertificateNumber({ level: 'intermediate', now, rosterNumbers });

		expect([first, second]).toEqual(['ACSS-2-2027-0042', 'ACSS-2-2027-0043']);
	});

	it('counts each level and year on its own', async () => {
		const now = new Date('2028-06-01T15:00:00.000Z');

		const advanced = await allocateCertificateNumber({ level: 'advanced', now, rosterNumbers: [] });
		const senior = await allocateCertificateNumber({ level: 'senior', now, rosterNumbers: [] });
		const nextYear = await allocateCertificateNumber({
			level: 'advanced',
			now: new Date('2029-06-01T15:00:00.000Z'),
			rosterNumbers: [],
		});

		expect([advanced, senior, nextYear]).toEqual([
			'ACSS-3-2028-0001',
			'ACSS-4-2028-0001',
			'ACSS-3-2029-0001',
		]);
	});

	it('uses the Arkansas year: 11 p.m. on December 31 in Little Rock is still that year', async () => {
		const number = await allocateCertificateNumber({
			level: 'basic',
			now: new Date('2031-01-01T05:00:00.000Z'),
			rosterNumbers: [],
		});

		expect(number).toBe('ACSS-1-2030-0001');
	});

	it('gives 30 parallel approvals 30 distinct numbers in the program format', async () => {
		const now = new Date('2032-02-01T15:00:00.000Z');

		const numbers = await Promise.all(
			Array.from({ length: 30 }, () =>
				allocateCertificateNumber({ level: 'basic', now, rosterNumbers: [] }),
			),
		);

		expect(new Set(numbers).size).toBe(30);
		expect(numbers.every((number) => CERTIFICATE_NUMBER.test(number))).toBe(true);
		expect(numbers.toSorted().at(-1)).toBe('ACSS-1-2032-0030');
	});
});
