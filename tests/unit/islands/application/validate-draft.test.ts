import { describe, expect, it } from 'vitest';
import {
	changeLevel,
	type Draft,
	makeDraft,
} from '../../../../src/components/islands/application/draft.ts';
import { validateDraft } from '../../../../src/components/islands/application/validate-draft.ts';
import { readLevelRules } from './level-rules.ts';

const basic = readLevelRules('basic');
let counter = 0;
const makeKey = () => `k${++counter}`;
const upload = (id: string) => ({
	id: `upl_${id.padEnd(12, 'x')}`,
	name: `${id}.pdf`,
	type: 'application/pdf' as const,
	size: 1000,
});

/** A Basic draft that meets every rule: the three courses taken through CJI, so no document is needed. */
function makeBasicDraft(fullName = 'Siobhán O’Neil-Peña'): Draft {
	const draft = changeLevel({ ...makeDraft('key'), step: 'form' }, 'basic', basic, makeKey);
	const course = { provider: 'CJI', date: '2024-06-10', aclestCertified: true, throughCji: true };

	return {
		...draft,
		eligibility: { sworn: 'yes', servingSro: 'yes' },
		applicant: {
			fullName,
			email: 'officer@conway.example.gov',
			phone: '501-555-0100',
			aclestNumber: 'A-12345',
			agency: 'Conway Police Department',
			agencyHeadName: 'Chief Dana Reyes',
			agencyHeadEmail: 'chief@conway.example.gov',
			district: 'Conway School District',
			campus: 'Conway High School',
			firstAssigned: '2023-08-14',
			schoolYears: '2',
		},
		training: [
			...draft.training.map((entry) => ({
				...entry,
				...course,
				course: entry.requiredCourse,
				hours: '40',
			})),
			{
				key: 'extra',
				requiredCourse: '',
				course: 'Threat Assessment',
				hours: '4',
				document: undefined,
				...course,
			},
		],
		attestation: { agreed: true, typedName: fullName, date: '2026-12-03' },
	};
}

describe('validateDraft', () => {
	it('finds nothing wrong with a complete Basic draft', () => {
		expect(validateDraft(makeBasicDraft(), basic, { scope: 'all' })).toEqual([]);
	});

	it.each(['Siobhán O’Neil-Peña', "Siobhán O'Neil-Peña", 'Nguyễn Thị Mai', 'D’Arcy'])(
		'C12: accepts the name %s as typed',
		(name) => {
			expect(validateDraft(makeBasicDraft(name), basic, { scope: 'all' })).toEqual([]);
		},
	);

	it('asks for the current certificate number in the same round as every other problem', () => {
		const intermediate = readLevelRules('intermediate');
		const draft = changeLevel(makeDraft('key'), 'intermediate', intermediate, makeKey);
		const paths = validateDraft(draft, intermediate, { scope: 'answers' }).map(
			(problem) => problem.path,
		);

		expect(paths).toContain('applicant.fullName');
		expect(paths).toContain('currentCertificate');
	});

	it('leaves the declaration out while the officer is still answering', () => {
		const draft = { ...makeBasicDraft(), attestation: { agreed: false, typedName: '', date: '' } };

		expect(validateDraft(draft, basic, { scope: 'answers' })).toEqual([]);
		expect(validateDraft(draft, basic, { scope: 'all' }).map((problem) => problem.path)).toContain(
			'attestation.agreed',
		);
	});

	it.each([
		[
			'applicant.email',
			(draft: Draft) => ({ ...draft, applicant: { ...draft.applicant, email: 'not an email' } }),
		],
		[
			'applicant.schoolYears',
			(draft: Draft) => ({ ...draft, applicant: { ...draft.applicant, schoolYears: 'two' } }),
		],
		[
			'training.1.hours',
			(draft: Draft) => ({
				...draft,
				training: draft.training.map((entry, index) =>
					index === 1 ? { ...entry, hours: '' } : entry,
				),
			}),
		],
	])('names the field %s with the shared schema’s message', (path, breakDraft) => {
		const problems = validateDraft(breakDraft(makeBasicDraft()), basic, { scope: 'answers' });

		expect(problems.map((problem) => problem.path)).toContain(path);
	});

	it('asks for a certificate of completion for training not taken through CJI', () => {
		const base = makeBasicDraft();
		const draft = {
			...base,
			training: base.training.map((entry) => ({ ...entry, throughCji: false })),
		};
		const problems = validateDraft(draft, basic, { scope: 'answers' });

		expect(problems).toContainEqual({
			path: 'training.0.document',
			message: 'Upload a certificate of completion, or mark the course as taken through CJI',
		});
	});

	it('says to wait for an upload still on its way rather than to upload a document', () => {
		const base = makeBasicDraft();
		const draft = {
			...base,
			training: base.training.map((entry, index) =>
				index === 0 ? { ...entry, throughCji: false } : entry,
			),
		};
		const problems = validateDraft(draft, basic, {
			scope: 'answers',
			pendingUploads: ['training.0.document'],
		});

		expect(problems).toContainEqual({
			path: 'training.0.document',
			message: 'Wait until this file has finished uploading',
		});
	});

	it('reports a level requirement the entries do not meet, in plain words', () => {
		const base = makeBasicDraft();
		const draft = { ...base, training: base.training.filter((entry) => entry.key !== 'extra') };
		const problems = validateDraft(draft, basic, { scope: 'answers' });

		expect(problems).toContainEqual({
			path: 'training',
			message:
				'Not met yet: At least one more ACLEST-certified school-safety course of at least 4 hours (0 of 4 hours count)',
		});
	});

	it('accepts an uploaded certificate in place of CJI', () => {
		const base = makeBasicDraft();
		const draft = {
			...base,
			training: base.training.map((entry, index) =>
				index === 0 ? { ...entry, throughCji: false, document: upload('basic') } : entry,
			),
		};

		expect(validateDraft(draft, basic, { scope: 'all' })).toEqual([]);
	});
});
