import { describe, expect, it } from 'vitest';
import {
	type ApplicationInput,
	ApplicationSchema,
	type Training,
} from '../../src/domain/application.ts';
import type { LevelId } from '../../src/domain/levels.ts';
import { checkRequirements } from '../../src/domain/requirements.ts';
import { getLevel } from '../../src/server/content.ts';
import {
	advancedApplication,
	basicApplication,
	intermediateApplication,
	seniorApplication,
	training,
} from '../support/applications.ts';

const id = (name: string) => `upl_${name.padEnd(22, '0')}`;
const APPLICATIONS: Record<LevelId, ApplicationInput> = {
	basic: basicApplication(),
	intermediate: intermediateApplication(id('letter')),
	advanced: advancedApplication({
		agencyLetter: id('agency'),
		schoolLetter: id('school'),
		college: id('college'),
	}),
	senior: seniorApplication({
		letters: [id('community'), id('school'), id('agency')],
		english: id('english'),
		other: id('other'),
		instructor: id('instructor'),
	}),
};

/** The ids of the level's requirements that the entries do not meet. */
const unmet = async (level: LevelId, application: ApplicationInput) =>
	checkRequirements((await getLevel(level)).rules, application)
		.filter(({ status }) => status === 'not-met')
		.map(({ id }) => id);

describe('ApplicationSchema', () => {
	it.each(Object.entries(APPLICATIONS).map(([level, application]) => ({ level, application })))(
		'accepts the complete $level application',
		({ application }) => {
			expect(ApplicationSchema.safeParse(application).error).toBeUndefined();
		},
	);

	const base = basicApplication();
	it.each([
		{
			field: 'applicant.fullName',
			change: { applicant: { ...base.applicant, fullName: '   ' } },
			message: 'Enter your full name',
		},
		{
			field: 'applicant.email',
			change: { applicant: { ...base.applicant, email: 'officer at agency' } },
			message: /email address/,
		},
		{
			field: 'applicant.phone',
			change: { applicant: { ...base.applicant, phone: 'call me' } },
			message: /phone number/,
		},
		{
			field: 'applicant.firstAssigned',
			change: { applicant: { ...base.applicant, firstAssigned: '2025-02-30' } },
			message: /real calendar date/,
		},
		{
			field: 'applicant.schoolYears',
			change: { applicant: { ...base.applicant, schoolYears: 1.5 } },
			message: /whole number/,
		},
		{
			field: 'eligibility.sworn',
			change: { eligibility: { sworn: false, servingSro: true } },
			message: /sworn officers/,
		},
		{
			field: 'currentCertificate',
			change: { level: 'intermediate' as const },
			message: /certificate number/,
		},
		{
			field: 'attestation.typedName',
			change: { attestation: { ...base.attestation, typedName: 'Someone Else' } },
			message: /exactly as you entered/,
		},
		{
			field: 'training.0.document',
			change: { training: [training('SRO Basic', 40, { throughCji: false })] },
			message: /certificate of completion/,
		},
		{
			field: 'instructor.document',
			change: { instructor: { isInstructor: true } },
			message: /instructor/,
		},
		{
			field: 'applicant.nickname',
			change: { applicant: { ...base.applicant, nickname: 'Sam' } },
			message: /nickname/,
		},
	])('refuses a bad $field with a message at that field', ({ field, change, message }) => {
		const result = ApplicationSchema.safeParse({ ...base, ...change });

		const issue = result.error?.issues.find((candidate) => {
			const path = candidate.path.join('.');
			const keys = 'keys' in candidate ? (candidate.keys as string[]) : [];

			return path === field || keys.some((key) => `${path}.${key}`.replace(/^\./, '') === field);
		});
		expect(issue?.message).toMatch(message);
	});

	it('C12: accepts a typed signature with a straight apostrophe and no accents for a curly, accented name', () => {
		const result = ApplicationSchema.safeParse({
			...base,
			applicant: { ...base.applicant, fullName: 'Siobhán O’Neil-Peña' },
			attestation: { ...base.attestation, typedName: "siobhan o'neil-pena" },
		});

		expect(result.error).toBeUndefined();
	});
});

describe('level rules from content/levels', () => {
	it.each(
		Object.entries(APPLICATIONS).map(([level, application]) => ({
			level: level as LevelId,
			application,
		})),
	)('the complete $level application meets every rule', async ({ level, application }) => {
		expect(await unmet(level, application)).toEqual([]);
	});

	const basic = APPLICATIONS.basic;
	const intermediate = APPLICATIONS.intermediate;
	const advanced = APPLICATIONS.advanced;
	const senior = APPLICATIONS.senior;
	it.each([
		{
			level: 'basic',
			field: 'training',
			why: 'no School Site Safety Assessment course',
			application: { ...basic, training: [basic.training[0], basic.training[2]] },
			unmet: ['course-2'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'a 3-hour extra course, under 4',
			application: {
				...basic,
				training: [basic.training[0], basic.training[1], training('Short course', 3)],
			},
			unmet: ['training-hours'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'an extra course that is not ACLEST-certified',
			application: {
				...basic,
				training: [
					basic.training[0],
					basic.training[1],
					training('Other', 8, { aclestCertified: false }),
				],
			},
			unmet: ['training-hours'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'two 2-hour extra courses, where one course of at least 4 hours is needed',
			application: {
				...basic,
				training: [
					basic.training[0],
					basic.training[1],
					training('Short course A', 2),
					training('Short course B', 2),
				],
			},
			unmet: ['training-hours'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'an SRO Basic course of 10 hours, under 40',
			application: {
				...basic,
				training: [{ ...basic.training[0], hours: 10 }, basic.training[1], basic.training[2]],
			},
			unmet: ['course-1'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'a School Site Safety Assessment course that is not ACLEST-certified',
			application: {
				...basic,
				training: [
					basic.training[0],
					{ ...basic.training[1], aclestCertified: false },
					basic.training[2],
				],
			},
			unmet: ['course-2'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'a row for the SRO Basic course with no course name yet',
			application: {
				...basic,
				training: [{ ...basic.training[0], course: '' }, basic.training[1], basic.training[2]],
			},
			unmet: ['course-1'],
		},
		{
			level: 'basic',
			field: 'training',
			why: 'a named course with neither a certificate nor CJI',
			application: {
				...basic,
				training: [
					basic.training[0],
					{ ...basic.training[1], throughCji: false, document: undefined },
					basic.training[2],
				],
			},
			unmet: ['course-2'],
		},
		{
			level: 'intermediate',
			field: 'applicant.schoolYears',
			why: 'no full school year',
			application: { ...intermediate, applicant: { ...intermediate.applicant, schoolYears: 0 } },
			unmet: ['school-years'],
		},
		{
			level: 'intermediate',
			field: 'training',
			why: '19 more hours, under 20',
			application: { ...intermediate, training: [intermediate.training[0], training('Other', 19)] },
			unmet: ['training-hours'],
		},
		{
			level: 'intermediate',
			field: 'letters',
			why: 'no letter of support',
			application: { ...intermediate, letters: [] },
			unmet: ['letters'],
		},
		{
			level: 'intermediate',
			field: 'letters',
			why: 'a letter from the community only',
			application: {
				...intermediate,
				letters: [
					{ authorName: 'Pastor Lee', authorRole: 'community' as const, document: id('x') },
				],
			},
			unmet: ['letters'],
		},
		{
			level: 'advanced',
			field: 'applicant.schoolYears',
			why: '2 school years, under 3',
			application: { ...advanced, applicant: { ...advanced.applicant, schoolYears: 2 } },
			unmet: ['school-years'],
		},
		{
			level: 'advanced',
			field: 'letters',
			why: 'an agency letter but none from the school',
			application: { ...advanced, letters: advanced.letters.slice(0, 1) },
			unmet: ['letters'],
		},
		{
			level: 'advanced',
			field: 'college',
			why: '3 college credit hours, under 6',
			application: {
				...advanced,
				college: advanced.college.map((credit) => ({ ...credit, creditHours: 3 })),
			},
			unmet: ['college-hours'],
		},
		{
			level: 'advanced',
			field: 'training',
			why: 'no active killer/shooter scenario course',
			application: { ...advanced, training: advanced.training.slice(1) },
			unmet: ['course-1'],
		},
		{
			level: 'senior',
			field: 'applicant.schoolYears',
			why: '4 school years, under 5',
			application: { ...senior, applicant: { ...senior.applicant, schoolYears: 4 } },
			unmet: ['school-years'],
		},
		{
			level: 'senior',
			field: 'letters',
			why: 'no community letter',
			application: { ...senior, letters: senior.letters.slice(1) },
			unmet: ['letters'],
		},
		{
			level: 'senior',
			field: 'college',
			why: 'no English Composition or Technical Writing credit',
			application: {
				...senior,
				college: senior.college.map((credit) => ({ ...credit, subject: 'Psychology' })),
			},
			unmet: ['college-subject'],
		},
		{
			level: 'senior',
			field: 'instructor',
			why: 'not an instructor',
			application: { ...senior, instructor: { isInstructor: false } },
			unmet: ['instructor'],
		},
	] as const)(
		'$level fails at $field with $why',
		async ({ level, application, unmet: expected }) => {
			expect(await unmet(level, application as ApplicationInput)).toEqual(expected);
		},
	);
});

describe('the named-course verdicts, in plain words', () => {
	const basic = APPLICATIONS.basic;
	const [sroBasic, siteSafety, extra] = basic.training as [Training, Training, Training];
	it.each([
		{
			why: 'too few hours',
			row: { ...sroBasic, hours: 10 },
			detail: 'Listed with 10 hours, and it must last at least 40',
		},
		{
			why: 'nothing filled in yet',
			row: { ...sroBasic, course: '', hours: 0, throughCji: false },
			detail: 'Not listed yet',
		},
		{
			why: 'no certificate yet',
			row: { ...sroBasic, throughCji: false, document: undefined },
			detail: 'Listed without a certificate (or CJI)',
		},
		{
			why: 'enough hours and proof',
			row: sroBasic,
			detail: 'Listed: SRO Basic, 40 hours',
		},
	])('says what the SRO Basic course row shows: $why', async ({ row, detail }) => {
		const [result] = checkRequirements((await getLevel('basic')).rules, {
			training: [row, siteSafety, extra],
		});

		expect(result).toMatchObject({ label: 'SRO Basic course, at least 40 hours', detail });
	});

	it('names the missing ACLEST mark on the School Site Safety Assessment course', async () => {
		const results = checkRequirements((await getLevel('basic')).rules, {
			training: [sroBasic, { ...siteSafety, aclestCertified: false }, extra],
		});

		expect(results[1]).toMatchObject({
			label: 'School Site Safety Assessment course, ACLEST-certified',
			status: 'not-met',
			detail: 'Listed, but not marked ACLEST-certified',
		});
	});
});
