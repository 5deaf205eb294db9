import { describe, expect, it } from 'vitest';
import { ExportQuerySchema, makeCellSafe, makeExportCsv } from '../../src/server/review-export.ts';
import { makeRecord } from '../support/review-records.ts';

const C15 = makeRecord({
	reference: 'SRO-2026-00015',
	submittedAt: '2026-11-02T16:00:00.000Z',
	applicant: {
		fullName: '@SUM(1,1)',
		agency: '=HYPERLINK("http://x.example","Open")',
		phone: '+1 (555) 010-0199',
	},
	status: 'denied',
});
C15.history.push({
	at: '2026-11-20T17:00:00.000Z',
	actor: 'reviewer@acss.example.org',
	action: 'denied',
	note: 'He said "no"\nthen left',
});

const C11 = makeRecord({
	reference: 'SRO-2026-00011',
	submittedAt: '2026-11-03T16:00:00.000Z',
	applicant: {
		fullName: 'Sam <a href="https://phish.example">Verify</a>',
		agency: '<img src=x onerror=alert(1)>',
	},
});

const query = (kind: 'applications' | 'decisions', from = '2026-11-01', to = '2026-11-30') =>
	ExportQuerySchema.parse({ kind, from, to });
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('formula-safe cells', () => {
	it.each(['=1+1', '+1 (555) 010-0199', '-2', '@SUM(1,1)', '\tcmd', ' =HYPERLINK("x")'])(
		'makes %j inert (C15)',
		(value) => {
			expect(makeCellSafe(value)).toBe(`'${value}`);
		},
	);

	it.each(['Conway Police Department', 'SRO-2026-00001', '501-555-0100', 'O’Neil-Peña'])(
		'leaves %j as it is',
		(value) => {
			expect(makeCellSafe(value)).toBe(value);
		},
	);
});

describe('the applications export', () => {
	it('has no cell a spreadsheet would run, and escapes quotes as CSV requires (C15)', () => {
		const [, row] = lines(makeExportCsv([C15], query('applications')));

		expect(row).toContain(`,"'@SUM(1,1)",`);
		expect(row).toContain(`,"'=HYPERLINK(""http://x.example"",""Open"")",`);
		// The phone number reads as typed once the spreadsheet hides the apostrophe.
		expect(row).toContain(`,'+1 (555) 010-0199,`);
	});

	it('quotes a note with a line break and quotes, keeping it in one cell (C15)', () => {
		const csv = makeExportCsv([C15], query('applications'));

		expect(csv).toContain('"He said ""no""\nthen left"');
		expect(lines(csv)).toHaveLength(3);
	});

	it('keeps markup as literal text (C11)', () => {
		const csv = makeExportCsv([C11], query('applications'));

		expect(csv).toContain('"Sam <a href=""https://phish.example"">Verify</a>"');
		expect(csv).toContain(',<img src=x onerror=alert(1)>,');
	});

	it('starts with a byte order mark so spreadsheets read accents as UTF-8', () => {
		expect(
			makeExportCsv([], query('applications')).startsWith(
				'\uFEFFReference,Submitted (Arkansas time),',
			),
		).toBe(true);
	});

	it('includes only applications submitted in the range, by Arkansas calendar day', () => {
		// 2026-11-01T03:00Z is still October 31 in Arkansas.
		const late = makeRecord({
			reference: 'SRO-2026-00020',
			submittedAt: '2026-11-01T03:00:00.000Z',
		});
		const csv = makeExportCsv([late, C11], query('applications'));

		expect(csv).not.toContain('SRO-2026-00020');
		expect(csv).toContain('SRO-2026-00011');
	});

	it('shows times as Arkansas clocks read them, summer time included', () => {
		const summer = makeRecord({
			reference: 'SRO-2026-00021',
			submittedAt: '2026-07-01T15:30:00.000Z',
		});
		const csv = makeExportCsv([summer, C11], query('applications', '2026-01-01', '2026-12-31'));

		expect(csv).toContain('SRO-2026-00021,2026-07-01 10:30 CDT,');
		expect(csv).toContain('SRO-2026-00011,2026-11-03 10:00 CST,');
	});
});

describe('the decisions export', () => {
	it('lists each decision in the range with reviewer, note and applicant', () => {
		const [header, row, ...rest] = lines(makeExportCsv([C15, C11], query('decisions')));

		expect(header).toBe(
			'Reference,Decided (Arkansas time),Decision,Reviewer,Note,Full name,Level,Certificate number',
		);
		expect(row).toBe(
			'SRO-2026-00015,2026-11-20 11:00 CST,denied,reviewer@acss.example.org,"He said ""no""\nthen left","\'@SUM(1,1)",basic,',
		);
		expect(rest).toEqual(['']);
	});

	it('leaves out decisions outside the range', () => {
		expect(lines(makeExportCsv([C15], query('decisions', '2026-11-21', '2026-11-30')))).toEqual([
			'Reference,Decided (Arkansas time),Decision,Reviewer,Note,Full name,Level,Certificate number',
			'',
		]);
	});

	it('refuses a range that ends before it starts', () => {
		expect(
			ExportQuerySchema.safeParse({ kind: 'decisions', from: '2026-12-01', to: '2026-11-01' })
				.success,
		).toBe(false);
	});
});
