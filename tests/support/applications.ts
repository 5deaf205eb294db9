/**
 * Valid applications for each level, built from the program's rules (program-facts.md) so a
 * test can break exactly one thing. Training taken through CJI needs no document; letters and
 * college credits always do, so those take upload ids.
 */
import type { ApplicationInput } from '../../src/domain/application.ts';

type Training = ApplicationInput['training'][number];

export const training = (
	course: string,
	hours: number,
	extra: Partial<Training> = {},
): Training => ({
	course,
	provider: 'Criminal Justice Institute',
	date: '2024-06-10',
	hours,
	aclestCertified: true,
	throughCji: true,
	...extra,
});

const BASIC_COURSES: Training[] = [
	training('SRO Basic', 40, { requiredCourse: 'SRO Basic course' }),
	training('School Site Safety Assessment', 8, {
		requiredCourse: 'School Site Safety Assessment course',
	}),
	training('Threat assessment in schools', 4),
];

export function basicApplication(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
	return {
		eligibility: { sworn: true, servingSro: true },
		applicant: {
			fullName: 'Siobhán O’Neil-Peña',
			email: 'officer@agency.example.gov',
			phone: '501-555-0100',
			aclestNumber: 'A-12345',
			agency: 'Conway Police Department',
			agencyHeadName: 'Chief Jordan Reyes',
			agencyHeadEmail: 'chief@agency.example.gov',
			district: 'Conway School District',
			campus: 'Conway High School',
			firstAssigned: '2022-08-15',
			schoolYears: 2,
		},
		level: 'basic',
		training: BASIC_COURSES,
		letters: [],
		college: [],
		instructor: { isInstructor: false },
		attestation: { agreed: true, typedName: 'Siobhán O’Neil-Peña', date: '2026-12-03' },
		...overrides,
	};
}

/** An applicant who is on the test roster (tests/support/content.ts), typed with a straight apostrophe. */
const rosterApplicant = (schoolYears: number): ApplicationInput['applicant'] => ({
	...basicApplication().applicant,
	fullName: "D'Arcy Test-Pena",
	schoolYears,
});

const attestation = { agreed: true as const, typedName: "D'Arcy Test-Pena", date: '2026-12-03' };

export function intermediateApplication(letterId: string): ApplicationInput {
	return {
		...basicApplication(),
		applicant: rosterApplicant(1),
		level: 'intermediate',
		currentCertificate: 'ACSS-1-2016-0901',
		training: [
			training('SRO II', 40, { requiredCourse: 'SRO II (Intermediate) course' }),
			training('Active threat response', 20),
		],
		letters: [{ authorName: 'Chief Jordan Reyes', authorRole: 'agency', document: letterId }],
		attestation,
	};
}

export function advancedApplication(documents: {
	agencyLetter: string;
	schoolLetter: string;
	college: string;
}): ApplicationInput {
	return {
		...basicApplication(),
		applicant: rosterApplicant(3),
		level: 'advanced',
		currentCertificate: 'ACSS-2-2018-0901',
		training: [
			training('Active shooter scenarios', 16, {
				requiredCourse:
					'Scenario-based active killer/shooter course with classroom and practical parts',
			}),
			training('School law', 24),
			training('Crisis intervention', 16),
		],
		letters: [
			{ authorName: 'Chief Jordan Reyes', authorRole: 'agency', document: documents.agencyLetter },
			{ authorName: 'Dr. Ana Ruiz', authorRole: 'school', document: documents.schoolLetter },
		],
		college: [
			{
				institution: 'University of Arkansas',
				course: 'Criminology',
				subject: 'Criminal Justice',
				creditHours: 6,
				document: documents.college,
			},
		],
		attestation,
	};
}

export function seniorApplication(documents: {
	letters: [string, string, string];
	english: string;
	other: string;
	instructor: string;
}): ApplicationInput {
	return {
		...basicApplication(),
		applicant: rosterApplicant(5),
		level: 'senior',
		currentCertificate: 'ACSS-3-2020-0901',
		training: [],
		letters: [
			{ authorName: 'Pastor Lee', authorRole: 'community', document: documents.letters[0] },
			{ authorName: 'Dr. Ana Ruiz', authorRole: 'school', document: documents.letters[1] },
			{ authorName: 'Chief Jordan Reyes', authorRole: 'agency', document: documents.letters[2] },
		],
		college: [
			{
				institution: 'UCA',
				course: 'Composition I',
				subject: 'English Composition',
				creditHours: 3,
				document: documents.english,
			},
			{
				institution: 'UCA',
				course: 'Psychology',
				subject: 'Psychology',
				creditHours: 3,
				document: documents.other,
			},
		],
		instructor: { isInstructor: true, document: documents.instructor },
		attestation,
	};
}
