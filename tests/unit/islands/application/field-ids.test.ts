import { describe, expect, it } from 'vitest';
import {
	findFieldId,
	readRefusal,
	toFieldId,
	toProblems,
} from '../../../../src/components/islands/application/field-ids.ts';

describe('toFieldId', () => {
	it.each([
		['applicant.email', 'applicant-email'],
		['training.0.hours', 'training-0-hours'],
		['currentCertificate', 'currentCertificate'],
		['instructor.document', 'instructor-document'],
	])('maps the path %s to the field id %s', (path, id) => {
		expect(toFieldId(path)).toBe(id);
	});

	it('maps a zod issue path with numbers the same way as its dotted form', () => {
		expect(toFieldId(['letters', 2, 'document'])).toBe(toFieldId('letters.2.document'));
	});
});

describe('findFieldId', () => {
	const onPage = new Set(['training-0-hours', 'training', 'applicant-email']);
	const hasElement = (id: string) => onPage.has(id);

	it('finds the field itself when the page has it', () => {
		expect(findFieldId('applicant.email', hasElement)).toBe('applicant-email');
	});

	it('falls back to the closest parent the page has', () => {
		expect(findFieldId('training.3', hasElement)).toBe('training');
	});

	it('returns null when nothing on the page matches', () => {
		expect(findFieldId('website', hasElement)).toBeNull();
	});
});

describe('toProblems', () => {
	it('keeps the first message for each path, as each field shows one', () => {
		const problems = toProblems([
			{ path: ['applicant', 'phone'], message: 'Enter a phone number' },
			{ path: ['applicant', 'phone'], message: 'Keep this under 25 characters' },
			{ path: ['level'], message: 'Choose a level' },
		]);

		expect(problems).toEqual([
			{ path: 'applicant.phone', message: 'Enter a phone number' },
			{ path: 'level', message: 'Choose a level' },
		]);
	});
});

describe('readRefusal', () => {
	it('reads the functions’ error body: message, problems by path and request id', () => {
		const body = {
			message: 'Check the highlighted answers.',
			errors: [
				{ path: 'currentCertificate', message: 'We found no Basic certificate with that number' },
			],
			requestId: '01ABC',
		};

		expect(readRefusal(body, 'fallback')).toEqual({
			message: 'Check the highlighted answers.',
			problems: [
				{ path: 'currentCertificate', message: 'We found no Basic certificate with that number' },
			],
			requestId: '01ABC',
		});
	});

	it('reads zod’s flattened shape too', () => {
		const body = { fieldErrors: { 'applicant.email': ['Enter an email address'] }, formErrors: [] };

		expect(readRefusal(body, 'fallback').problems).toEqual([
			{ path: 'applicant.email', message: 'Enter an email address' },
		]);
	});

	it.each([null, 'Bad Gateway', { errors: 'nope' }])(
		'falls back to a plain sentence for the body %j',
		(body) => {
			expect(readRefusal(body, 'Something went wrong on our side.')).toEqual({
				message: 'Something went wrong on our side.',
				problems: [],
				requestId: undefined,
			});
		},
	);
});
