/**
 * The application as the form holds it while the officer types: every input as text, the
 * answers to yes/no questions as 'yes' | 'no' | nothing, and uploaded documents with their
 * names. `toApplicationInput` turns it into what the shared ApplicationSchema reads.
 */
import { z } from 'zod';
import type { ApplicationInput } from '../../../domain/application.ts';
import { LetterSourceSchema, LevelIdSchema, type LevelRules } from '../../../domain/levels.ts';
import { type UploadResult, UploadResultSchema } from '../../../domain/api.ts';

// Each field falls back to empty on its own, so a draft saved by an older version of the form
// still loads with whatever it has in common with this one.
const text = z.string().catch('');
const flag = z.boolean().catch(false);
const answer = z.enum(['yes', 'no']).optional().catch(undefined);
const document = UploadResultSchema.optional().catch(undefined);
const key = z.string().min(1);

export const TrainingDraftSchema = z.object({
	key,
	/** The level's named course this entry completes; empty for general training hours. */
	requiredCourse: text,
	course: text,
	provider: text,
	date: text,
	hours: text,
	aclestCertified: flag,
	throughCji: flag,
	document,
});
export type TrainingDraft = z.infer<typeof TrainingDraftSchema>;

export const LetterDraftSchema = z.object({
	key,
	authorName: text,
	authorRole: z.union([LetterSourceSchema, z.literal('')]).catch(''),
	document,
});
export type LetterDraft = z.infer<typeof LetterDraftSchema>;

export const CollegeDraftSchema = z.object({
	key,
	institution: text,
	course: text,
	subject: text,
	creditHours: text,
	document,
});
export type CollegeDraft = z.infer<typeof CollegeDraftSchema>;

export const STEPS = ['eligibility', 'form', 'check'] as const;
export type Step = (typeof STEPS)[number];

export const DraftSchema = z.object({
	/** One per draft, sent as the Idempotency-Key header, so a repeated submit stores one application. */
	idempotencyKey: key,
	step: z.enum(STEPS).catch('eligibility'),
	eligibility: z
		.object({ sworn: answer, servingSro: answer })
		.catch({ sworn: undefined, servingSro: undefined }),
	applicant: z
		.object({
			fullName: text,
			email: text,
			phone: text,
			aclestNumber: text,
			agency: text,
			agencyHeadName: text,
			agencyHeadEmail: text,
			district: text,
			campus: text,
			firstAssigned: text,
			schoolYears: text,
		})
		.catch(() => makeApplicantDraft()),
	level: z.union([LevelIdSchema, z.literal('')]).catch(''),
	currentCertificate: text,
	training: z.array(TrainingDraftSchema).catch([]),
	letters: z.array(LetterDraftSchema).catch([]),
	college: z.array(CollegeDraftSchema).catch([]),
	instructor: z
		.object({ isInstructor: flag, document })
		.catch({ isInstructor: false, document: undefined }),
	attestation: z
		.object({ agreed: flag, typedName: text, date: text })
		.catch({ agreed: false, typedName: '', date: '' }),
});
export type Draft = z.infer<typeof DraftSchema>;
export type ApplicantDraft = Draft['applicant'];

/** Where a document sits in the draft: a list entry by its key, or the instructor proof. */
export type DocumentSlot =
	{ list: 'training' | 'letters' | 'college'; key: string } | { list: 'instructor' };

const makeApplicantDraft = () => ({
	fullName: '',
	email: '',
	phone: '',
	aclestNumber: '',
	agency: '',
	agencyHeadName: '',
	agencyHeadEmail: '',
	district: '',
	campus: '',
	firstAssigned: '',
	schoolYears: '',
});

/**
 * @param idempotencyKey a fresh UUID for this draft
 * @returns an empty draft at the eligibility questions
 */
export function makeDraft(idempotencyKey: string): Draft {
	return {
		idempotencyKey,
		step: 'eligibility',
		eligibility: { sworn: undefined, servingSro: undefined },
		applicant: makeApplicantDraft(),
		level: '',
		currentCertificate: '',
		training: [],
		letters: [],
		college: [],
		instructor: { isInstructor: false, document: undefined },
		attestation: { agreed: false, typedName: '', date: '' },
	};
}

/**
 * @param key a key unique within the draft
 * @param requiredCourse the named course the entry completes, or '' for general training
 * @returns an empty training entry
 */
export function makeTraining(key: string, requiredCourse = ''): TrainingDraft {
	return {
		key,
		requiredCourse,
		course: '',
		provider: '',
		date: '',
		hours: '',
		aclestCertified: false,
		throughCji: false,
		document: undefined,
	};
}

const isBlankTraining = (entry: TrainingDraft) =>
	!entry.course && !entry.provider && !entry.date && !entry.hours && !entry.document;

/**
 * Moves the draft to another level: the level's named courses each get an entry, first and in
 * the level's order. An entry for a course the new level does not name is kept as general
 * training when the officer typed something in it, and dropped when blank.
 *
 * @param draft the draft
 * @param level the level chosen
 * @param rules that level's rules
 * @param makeKey makes a key for a new entry
 * @returns the changed draft
 */
export function changeLevel(
	draft: Draft,
	level: Draft['level'],
	rules: LevelRules | undefined,
	makeKey: () => string,
): Draft {
	const courses = (rules?.requiredCourses ?? []).map((course) => course.name);
	const named = courses.map(
		(course) =>
			draft.training.find((entry) => entry.requiredCourse === course) ??
			makeTraining(makeKey(), course),
	);
	const others = draft.training
		.filter((entry) => !courses.includes(entry.requiredCourse))
		.filter((entry) => !entry.requiredCourse || !isBlankTraining(entry))
		.map((entry) => ({ ...entry, requiredCourse: '' }));

	return { ...draft, level, training: [...named, ...others] };
}

/**
 * @param draft the draft
 * @param slot where the document goes
 * @param file the uploaded file, or `undefined` to remove it
 * @returns the changed draft
 */
export function setDocument(
	draft: Draft,
	slot: DocumentSlot,
	file: UploadResult | undefined,
): Draft {
	if (slot.list === 'instructor')
		return { ...draft, instructor: { ...draft.instructor, document: file } };
	if (slot.list === 'training') {
		return {
			...draft,
			training: draft.training.map((item) =>
				item.key === slot.key ? { ...item, document: file } : item,
			),
		};
	}
	if (slot.list === 'letters') {
		return {
			...draft,
			letters: draft.letters.map((item) =>
				item.key === slot.key ? { ...item, document: file } : item,
			),
		};
	}

	return {
		...draft,
		college: draft.college.map((item) =>
			item.key === slot.key ? { ...item, document: file } : item,
		),
	};
}

/**
 * @param slot a document's place in the draft
 * @returns a string naming it, for maps of uploads in progress
 */
export const slotName = (slot: DocumentSlot) =>
	slot.list === 'instructor' ? 'instructor' : `${slot.list}/${slot.key}`;

/**
 * Lists the documents the application will send: those of CJI training are left out, as the
 * form does not send them.
 *
 * @param draft the draft
 * @returns each uploaded document with the name of its slot
 */
export function listDocuments(draft: Draft): { slot: string; file: UploadResult }[] {
	const found: { slot: string; file: UploadResult }[] = [];
	for (const item of draft.training) {
		if (item.document && !item.throughCji)
			found.push({ slot: slotName({ list: 'training', key: item.key }), file: item.document });
	}
	for (const item of draft.letters) {
		if (item.document)
			found.push({ slot: slotName({ list: 'letters', key: item.key }), file: item.document });
	}
	for (const item of draft.college) {
		if (item.document)
			found.push({ slot: slotName({ list: 'college', key: item.key }), file: item.document });
	}
	if (draft.instructor.isInstructor && draft.instructor.document) {
		found.push({ slot: 'instructor', file: draft.instructor.document });
	}

	return found;
}

// An empty box is "not given"; anything else goes to the schema as a number, and what is not a
// number (NaN) gets the schema's own message.
const toNumber = (value: string) =>
	value.trim() === '' ? undefined : Number(value.trim().replace(/,/g, ''));

/**
 * @param draft the draft
 * @param rules the chosen level's rules; sections the level does not ask for are sent empty
 * @returns the application as the shared schema reads it (still unvalidated)
 */
export function toApplicationInput(draft: Draft, rules: LevelRules | undefined): ApplicationInput {
	const isBasic = draft.level === 'basic';
	const hasLetters = (rules?.lettersRequired ?? 0) > 0;
	const hasCollege = (rules?.collegeCreditHours ?? 0) > 0;
	const hasInstructor = rules?.requiresInstructor === true;

	return {
		eligibility: {
			sworn: draft.eligibility.sworn === 'yes',
			servingSro: draft.eligibility.servingSro === 'yes',
		} as ApplicationInput['eligibility'],
		applicant: {
			...draft.applicant,
			schoolYears: toNumber(draft.applicant.schoolYears),
		} as ApplicationInput['applicant'],
		level: (draft.level || undefined) as ApplicationInput['level'],
		currentCertificate: isBasic ? undefined : draft.currentCertificate,
		training: draft.training.map((entry) => ({
			course: entry.course,
			provider: entry.provider,
			date: entry.date,
			hours: toNumber(entry.hours) as number,
			aclestCertified: entry.aclestCertified,
			throughCji: entry.throughCji,
			requiredCourse: entry.requiredCourse || undefined,
			document: entry.throughCji ? undefined : entry.document?.id,
		})),
		letters: hasLetters
			? draft.letters.map((entry) => ({
					authorName: entry.authorName,
					authorRole: (entry.authorRole ||
						undefined) as ApplicationInput['letters'][number]['authorRole'],
					document: entry.document?.id as string,
				}))
			: [],
		college: hasCollege
			? draft.college.map((entry) => ({
					institution: entry.institution,
					course: entry.course,
					subject: entry.subject,
					creditHours: toNumber(entry.creditHours) as number,
					document: entry.document?.id as string,
				}))
			: [],
		instructor: hasInstructor
			? { isInstructor: draft.instructor.isInstructor, document: draft.instructor.document?.id }
			: { isInstructor: false },
		attestation: draft.attestation as ApplicationInput['attestation'],
	};
}

/**
 * @param draft the draft
 * @param name a slot's name, from `slotName`
 * @returns the dotted path of the slot's document field, like `training.2.document`, or `null`
 *   when its entry is gone
 */
export function slotPath(draft: Draft, name: string): string | null {
	if (name === 'instructor') return 'instructor.document';
	const [list, key] = name.split('/');
	if (list !== 'training' && list !== 'letters' && list !== 'college') return null;
	const index = draft[list].findIndex((item) => item.key === key);

	return index === -1 ? null : `${list}.${index}.document`;
}
