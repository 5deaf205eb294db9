import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	allocateReference,
	counterKey,
	formatReference,
	getApplicationsStore,
	getProgramYear,
} from '../../src/server/applications-store.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';

let blobs: TestBlobs;

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

describe('getProgramYear', () => {
	it('follows the Arkansas calendar, not UTC, at New Year', () => {
		// 03:00 UTC on 1 January is still 31 December in Arkansas (UTC-6).
		expect(getProgramYear(new Date('2027-01-01T03:00:00Z'))).toBe(2026);
		expect(getProgramYear(new Date('2027-01-01T07:00:00Z'))).toBe(2027);
	});
});

describe('formatReference', () => {
	it('pads the number to five digits', () => {
		expect(formatReference(2026, 42)).toBe('SRO-2026-00042');
	});
});

describe('allocateReference', () => {
	it('gives 50 parallel callers 50 distinct, consecutive references', async () => {
		const now = new Date('2031-05-01T12:00:00Z');

		const references = await Promise.all(Array.from({ length: 50 }, () => allocateReference(now)));

		expect(new Set(references).size).toBe(50);
		expect([...references].sort()).toEqual(
			Array.from({ length: 50 }, (_, index) => formatReference(2031, index + 1)),
		);
	});

	it('notices a counter advanced by another instance and never repeats its numbers', async () => {
		const now = new Date('2032-05-01T12:00:00Z');
		expect(await allocateReference(now)).toBe('SRO-2032-00001');
		// The local server's etags come from the file's modification time in milliseconds.
		await new Promise((resolve) => setTimeout(resolve, 5));

		// Another function instance gave out 2 to 7 meanwhile.
		await getApplicationsStore().setJSON(counterKey(2032), { last: 7 });

		expect(await allocateReference(now)).toBe('SRO-2032-00008');
	});

	it('starts each year at 00001', async () => {
		expect(await allocateReference(new Date('2033-02-01T12:00:00Z'))).toBe('SRO-2033-00001');
	});
});
