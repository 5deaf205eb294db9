import { describe, expect, it } from 'vitest';
import {
	filterQueue,
	getDueState,
	makeQueueRow,
	QueueFilterSchema,
} from '../../src/domain/review-queue.ts';
import { makeRecord } from '../support/review-records.ts';

const NOW = new Date('2026-12-03T18:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('queue rows', () => {
	it.each([
		{ days: 0, status: 'submitted', state: 'on-time' },
		{ days: 22, status: 'submitted', state: 'on-time' },
		{ days: 23, status: 'submitted', state: 'due-soon' },
		{ days: 30, status: 'more-information', state: 'due-soon' },
		{ days: 31, status: 'submitted', state: 'overdue' },
		{ days: 45, status: 'approved', state: 'decided' },
		{ days: 45, status: 'denied', state: 'decided' },
	] as const)(
		'an application $status for $days days with a 30-day decision time is $state',
		({ days, status, state }) => {
			const row = makeQueueRow(makeRecord({ submittedAt: daysAgo(days), status }), 30, NOW);

			expect(row.daysWaiting).toBe(days);
			expect(row.daysLeft).toBe(30 - days);
			expect(row.dueState).toBe(state);
		},
	);

	it('counts whole days only', () => {
		const row = makeQueueRow(makeRecord({ submittedAt: daysAgo(2.9) }), 30, NOW);

		expect(row.daysWaiting).toBe(2);
	});

	it('treats only open statuses as due', () => {
		expect(getDueState('approved', -100)).toBe('decided');
		expect(getDueState('more-information', -1)).toBe('overdue');
	});
});

describe('filtering the queue', () => {
	const rows = [
		makeRecord({
			reference: 'SRO-2026-00003',
			submittedAt: daysAgo(3),
			applicant: { fullName: 'José Peña' },
		}),
		makeRecord({
			reference: 'SRO-2026-00001',
			submittedAt: daysAgo(20),
			applicant: { fullName: 'Siobhán O’Neil' },
			status: 'more-information',
		}),
		makeRecord({
			reference: 'SRO-2026-00002',
			submittedAt: daysAgo(10),
			applicant: { fullName: 'Nguyễn Thị Mai' },
			status: 'approved',
		}),
	].map((record) => makeQueueRow(record, 30, NOW));
	const filter = (query: Record<string, string>) =>
		filterQueue(rows, QueueFilterSchema.parse(query)).map((row) => row.reference);

	it('sorts oldest first by default', () => {
		expect(filter({})).toEqual(['SRO-2026-00001', 'SRO-2026-00002', 'SRO-2026-00003']);
	});

	it('sorts newest first on request', () => {
		expect(filter({ sort: 'newest' })).toEqual([
			'SRO-2026-00003',
			'SRO-2026-00002',
			'SRO-2026-00001',
		]);
	});

	it('filters by status', () => {
		expect(filter({ status: 'more-information' })).toEqual(['SRO-2026-00001']);
	});

	it('filters by level', () => {
		expect(filter({ level: 'basic' })).toHaveLength(3);
		expect(filter({ level: 'senior' })).toEqual([]);
	});

	it.each([
		{ q: 'pena', found: 'SRO-2026-00003' },
		{ q: "o'neil", found: 'SRO-2026-00001' },
		{ q: 'NGUYEN', found: 'SRO-2026-00002' },
		{ q: 'sro-2026-00002', found: 'SRO-2026-00002' },
		{ q: '00003', found: 'SRO-2026-00003' },
	])('finds $found by "$q" (name or reference, accents and apostrophes folded)', ({ q, found }) => {
		expect(filter({ q })).toEqual([found]);
	});

	it('treats empty query parameters as no filter', () => {
		expect(filter({ status: '', level: '', q: '', sort: '' })).toHaveLength(3);
	});

	it('refuses an unknown status', () => {
		expect(QueueFilterSchema.safeParse({ status: 'lost' }).success).toBe(false);
	});
});
