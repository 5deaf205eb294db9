import { describe, expect, it } from 'vitest';
import {
	changeLevel,
	listDocuments,
	makeDraft,
	makeTraining,
	setDocument,
	slotPath,
	toApplicationInput,
} from '../../../../src/components/islands/application/draft.ts';
import { readLevelRules } from './level-rules.ts';

const basic = readLevelRules('basic');
const intermediate = readLevelRules('intermediate');
const file = (id: string, size = 1000) => ({
	id: `upl_${id.padEnd(12, 'x')}`,
	name: `${id}.pdf`,
	type: 'application/pdf' as const,
	size,
});
let counter = 0;
const makeKey = () => `k${++counter}`;

describe('changeLevel', () => {
	it('gives each of the level’s named courses an entry, in the level’s order', () => {
		const draft = changeLevel(makeDraft('key'), 'basic', basic, makeKey);

		expect(draft.level).toBe('basic');
		expect(draft.training.map((entry) => entry.requiredCourse)).toEqual(
			basic.requiredCourses.map((course) => course.name),
		);
	});

	it('keeps a filled named course as general training on another level, and drops blank ones', () => {
		const onBasic = changeLevel(makeDraft('key'), 'basic', basic, makeKey);
		const filled = {
			...onBasic,
			training: onBasic.training.map((entry, index) =>
				index === 0 ? { ...entry, course: 'SRO Basic', hours: '40' } : entry,
			),
		};
		const onIntermediate = changeLevel(filled, 'intermediate', intermediate, makeKey);

		expect(onIntermediate.training.map((entry) => [entry.requiredCourse, entry.course])).toEqual([
			['SRO II (Intermediate) course', ''],
			['', 'SRO Basic'],
		]);
	});

	it('keeps general training entries when the level changes', () => {
		const draft = {
			...makeDraft('key'),
			training: [{ ...makeTraining('g'), course: 'Threat Assessment' }],
		};

		expect(changeLevel(draft, 'basic', basic, makeKey).training.at(-1)?.course).toBe(
			'Threat Assessment',
		);
	});
});

describe('documents in the draft', () => {
	const draft = {
		...makeDraft('key'),
		training: [makeTraining('a'), { ...makeTraining('b'), throughCji: true }],
		letters: [{ key: 'l', authorName: '', authorRole: '' as const, document: undefined }],
	};

	it('puts a document in its slot and finds its field path', () => {
		const withFile = setDocument(draft, { list: 'letters', key: 'l' }, file('letter'));

		expect(withFile.letters[0]?.document?.name).toBe('letter.pdf');
		expect(slotPath(withFile, 'letters/l')).toBe('letters.0.document');
		expect(slotPath(withFile, 'training/b')).toBe('training.1.document');
		expect(slotPath(withFile, 'instructor')).toBe('instructor.document');
		expect(slotPath(withFile, 'training/gone')).toBeNull();
	});

	it('lists the documents that will be sent, leaving out those of CJI training', () => {
		let withFiles = setDocument(draft, { list: 'training', key: 'a' }, file('a'));
		withFiles = setDocument(withFiles, { list: 'training', key: 'b' }, file('b'));

		expect(listDocuments(withFiles).map((document) => document.slot)).toEqual(['training/a']);
	});
});

describe('toApplicationInput', () => {
	it('turns typed numbers into numbers, and an empty box into "not given"', () => {
		const draft = {
			...makeDraft('key'),
			applicant: { ...makeDraft('key').applicant, schoolYears: '3' },
			training: [
				{ ...makeTraining('a'), hours: '1,000' },
				{ ...makeTraining('b'), hours: '' },
			],
		};
		const input = toApplicationInput(draft, basic);

		expect(input.applicant.schoolYears).toBe(3);
		expect(input.training.map((entry) => entry.hours)).toEqual([1000, undefined]);
	});

	it('sends no certificate number for Basic, and no letters or college credit for a level that asks none', () => {
		const draft = {
			...makeDraft('key'),
			level: 'basic' as const,
			currentCertificate: 'ACSS-1-2025-0042',
			letters: [
				{ key: 'l', authorName: 'Dana', authorRole: 'agency' as const, document: file('l') },
			],
		};
		const input = toApplicationInput(draft, basic);

		expect(input.currentCertificate).toBeUndefined();
		expect(input.letters).toEqual([]);
		expect(input.college).toEqual([]);
	});

	it('sends the upload id, not the file’s name, and no document for CJI training', () => {
		const draft = {
			...makeDraft('key'),
			training: [
				{ ...makeTraining('a'), document: file('a') },
				{ ...makeTraining('b'), throughCji: true, document: file('b') },
			],
		};

		expect(toApplicationInput(draft, basic).training.map((entry) => entry.document)).toEqual([
			file('a').id,
			undefined,
		]);
	});
});
