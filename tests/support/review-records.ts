/**
 * Stored application records for review tests: valid by the record schema, with the parts a
 * review test varies (status, dates, level, applicant text) as options.
 */
import { ApplicationSchema, type ApplicationInput } from '../../src/domain/application.ts';
import {
	type ApplicationRecord,
	ApplicationRecordSchema,
} from '../../src/domain/application-record.ts';

export interface RecordOptions {
	reference?: string;
	submittedAt?: string;
	status?: ApplicationRecord['status'];
	applicant?: Partial<ApplicationInput['applicant']>;
	application?: Partial<ApplicationInput>;
	documents?: ApplicationRecord['documents'];
}

/** @returns a valid Basic application as the form sends it */
export function makeBasicInput(
	applicant: Partial<ApplicationInput['applicant']> = {},
): ApplicationInput {
	const fullName = applicant.fullName ?? 'Siobhán O’Neil-Peña';

	return {
		eligibility: { sworn: true, servingSro: true },
		applicant: {
			fullName,
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
			...applicant,
		},
		level: 'basic',
		training: [
			{
				course: 'SRO Basic',
				provider: 'CJI',
				date: '2024-06-10',
				hours: 40,
				aclestCertified: true,
				throughCji: true,
				requiredCourse: 'SRO Basic course',
			},
			{
				course: 'School Site Safety Assessment',
				provider: 'CJI',
				date: '2024-06-11',
				hours: 8,
				aclestCertified: true,
				throughCji: true,
				requiredCourse: 'School Site Safety Assessment course',
			},
			{
				course: 'Threat assessment in schools',
				provider: 'CJI',
				date: '2024-06-12',
				hours: 4,
				aclestCertified: true,
				throughCji: true,
			},
		],
		letters: [],
		college: [],
		instructor: { isInstructor: false },
		attestation: { agreed: true, typedName: fullName, date: '2026-12-03' },
	};
}

/** @returns a stored record that passes ApplicationRecordSchema */
export function makeRecord(options: RecordOptions = {}): ApplicationRecord {
	const submittedAt = options.submittedAt ?? '2026-11-20T15:00:00.000Z';
	const application = ApplicationSchema.parse({
		...makeBasicInput(options.applicant),
		...options.application,
	});

	return ApplicationRecordSchema.parse({
		reference: options.reference ?? 'SRO-2026-00001',
		submittedAt,
		status: options.status ?? 'submitted',
		statusChangedAt: submittedAt,
		application,
		documents: options.documents ?? [],
		emails: [],
		history: [{ at: submittedAt, actor: 'applicant', action: 'submitted' }],
	});
}
