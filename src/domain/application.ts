/**
 * The application for a certificate: one schema, bundled both into the form island (for the
 * messages beside each field) and into the submit function (for the verdict), so the two can
 * never disagree. Imports only zod and other domain modules.
 */
import { z } from 'zod';
import { optionalField, PlainDateSchema, textLine } from './fields.ts';
import { LetterSourceSchema, LevelIdSchema } from './levels.ts';
import { CertificateNumberSchema } from './roster.ts';
import { foldForSearch } from './search.ts';

/** An uploaded document, by the id the upload function returned. Example: upl_3f2a… */
export const DocumentIdSchema = z
	.string({ error: 'Upload a document' })
	.regex(/^upl_[A-Za-z0-9_-]{10,64}$/, 'Upload a document');

const email = (message: string) =>
	z.string({ error: message }).trim().toLowerCase().pipe(z.email(message).max(254, message));

export const EligibilitySchema = z.strictObject({
	/** Sworn officer appointed by a law-enforcement agency located in Arkansas. */
	sworn: z.literal(true, {
		error: 'Only sworn officers appointed by an Arkansas law-enforcement agency can apply',
	}),
	/** Currently serving as an SRO in an Arkansas school. */
	servingSro: z.literal(true, {
		error: 'Only officers currently serving as an SRO in an Arkansas school can apply',
	}),
});

export const ApplicantSchema = z.strictObject({
	fullName: textLine('Enter your full name', 120),
	email: email('Enter an email address we can reply to, like name@agency.gov'),
	phone: z
		.string({ error: 'Enter a phone number' })
		.trim()
		.regex(/^[0-9+()\-.\s]{7,25}$/, 'Enter a phone number, like 501-555-0100'),
	aclestNumber: textLine('Enter your ACLEST officer number', 30),
	agency: textLine('Enter your law-enforcement agency', 150),
	agencyHeadName: textLine('Enter the name of your agency head', 120),
	agencyHeadEmail: email('Enter your agency head’s email address, like chief@agency.gov'),
	district: textLine('Enter your school district', 150),
	campus: textLine('Enter your campus', 150),
	firstAssigned: PlainDateSchema,
	schoolYears: z
		.number({ error: 'Enter the number of full school years you have served as an SRO' })
		.int('Enter a whole number of school years')
		.min(0, 'Enter 0 or more school years')
		.max(50, 'Enter 50 or fewer school years'),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

export const TrainingSchema = z
	.strictObject({
		course: textLine('Enter the course name', 200),
		provider: textLine('Enter who provided the course', 150),
		date: PlainDateSchema,
		hours: z
			.number({ error: 'Enter the course hours' })
			.positive('Enter the course hours')
			.max(1000, 'Enter 1,000 hours or fewer'),
		aclestCertified: z.boolean(),
		/** Taken through CJI: ACSS holds the record, so no document is needed. */
		throughCji: z.boolean(),
		/** The level's named course this entry completes, or nothing for general training hours. */
		requiredCourse: optionalField(z.string().trim()),
		document: optionalField(DocumentIdSchema),
	})
	.refine((entry) => entry.throughCji || entry.document !== undefined, {
		path: ['document'],
		message: 'Upload a certificate of completion, or mark the course as taken through CJI',
	});
export type Training = z.infer<typeof TrainingSchema>;

export const LetterSchema = z.strictObject({
	authorName: textLine('Enter the name of the letter’s author', 120),
	authorRole: LetterSourceSchema,
	document: DocumentIdSchema,
});
export type Letter = z.infer<typeof LetterSchema>;

export const CollegeCreditSchema = z.strictObject({
	institution: textLine('Enter the college or university', 150),
	course: textLine('Enter the course name', 150),
	subject: textLine('Enter the subject, like English Composition', 100),
	creditHours: z
		.number({ error: 'Enter the credit hours' })
		.positive('Enter the credit hours')
		.max(60, 'Enter 60 credit hours or fewer'),
	document: DocumentIdSchema,
});
export type CollegeCredit = z.infer<typeof CollegeCreditSchema>;

export const InstructorSchema = z.strictObject({
	isInstructor: z.boolean(),
	document: optionalField(DocumentIdSchema),
});

export const AttestationSchema = z.strictObject({
	agreed: z.literal(true, { error: 'Confirm that the information is true and complete' }),
	typedName: textLine('Type your full name to sign', 120),
	date: PlainDateSchema,
});

/**
 * Every object is strict: a field the schema does not know is refused by name rather than
 * silently dropped, so a stale form or a hand-made request learns what it sent wrong.
 */
/**
 * Runs a cross-field rule as soon as the fields it reads are valid. By default zod runs an
 * object's refinements only once every field is valid, so the form's error summary would list a
 * missing certificate number only after every other problem had been fixed.
 *
 * @param paths the paths the rule reads
 * @returns the refinement's `when` option
 */
const whenValid = (...paths: readonly (readonly PropertyKey[])[]) => ({
	when: (payload: { issues: readonly { path?: readonly PropertyKey[] | undefined }[] }) =>
		!payload.issues.some((issue) => paths.some((path) => overlaps(issue.path ?? [], path))),
});

/** Whether one path lies inside the other (an issue at `applicant` also spoils `applicant.fullName`). */
const overlaps = (a: readonly PropertyKey[], b: readonly PropertyKey[]) =>
	a.slice(0, Math.min(a.length, b.length)).every((key, index) => key === b[index]);

export const ApplicationSchema = z
	.object({
		eligibility: EligibilitySchema,
		applicant: ApplicantSchema,
		level: LevelIdSchema,
		/** Required above Basic: the certificate number of the level before. */
		currentCertificate: optionalField(CertificateNumberSchema),
		training: z.array(TrainingSchema).max(40, 'List 40 courses or fewer'),
		letters: z.array(LetterSchema).max(10, 'Attach 10 letters or fewer'),
		college: z.array(CollegeCreditSchema).max(20, 'List 20 college courses or fewer'),
		instructor: InstructorSchema,
		attestation: AttestationSchema,
	})
	.strict()
	.superRefine(
		(application, ctx) => {
			if (application.level !== 'basic' && !application.currentCertificate) {
				ctx.addIssue({
					code: 'custom',
					path: ['currentCertificate'],
					message: 'Enter the certificate number of the level you hold now',
				});
			}
		},
		whenValid(['level'], ['currentCertificate']),
	)
	.superRefine(
		(application, ctx) => {
			if (application.instructor.isInstructor && !application.instructor.document) {
				ctx.addIssue({
					code: 'custom',
					path: ['instructor', 'document'],
					message: 'Upload proof that you are an active ACLEST-certified instructor',
				});
			}
		},
		whenValid(['instructor']),
	)
	.superRefine(
		(application, ctx) => {
			// Curly and straight apostrophes, accents typed or not, and case all count as the same name.
			const typed = foldForSearch(application.attestation.typedName);
			if (typed !== foldForSearch(application.applicant.fullName)) {
				ctx.addIssue({
					code: 'custom',
					path: ['attestation', 'typedName'],
					message: 'Type your full name exactly as you entered it above',
				});
			}
		},
		whenValid(['attestation', 'typedName'], ['applicant', 'fullName']),
	);
export type Application = z.infer<typeof ApplicationSchema>;
/** What the form holds before validation. */
export type ApplicationInput = z.input<typeof ApplicationSchema>;

/** Application references read SRO-<year>-<5 digits>, for example SRO-2026-00042. */
export const REFERENCE = /^SRO-\d{4}-\d{5}$/;

/** Where an application stands; only the committee moves it on from `submitted`. */
export const APPLICATION_STATUSES = [
	'submitted',
	'more-information',
	'approved',
	'denied',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
