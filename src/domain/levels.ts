import { z } from 'zod';
import { listField, optionalField } from './fields.ts';

/** The four certificate levels, in the order they must be earned. */
export const LEVEL_IDS = ['basic', 'intermediate', 'advanced', 'senior'] as const;
export const LevelIdSchema = z.enum(LEVEL_IDS, {
	error: 'Choose Basic, Intermediate, Advanced or Senior',
});
export type LevelId = z.infer<typeof LevelIdSchema>;

/** Who may write a letter of support. */
export const LETTER_SOURCES = ['agency', 'school', 'community'] as const;
export const LetterSourceSchema = z.enum(LETTER_SOURCES);
export type LetterSource = z.infer<typeof LetterSourceSchema>;

export const LETTER_SOURCE_LABELS: Record<LetterSource, string> = {
	agency: 'Law-enforcement agency',
	school: 'School administration',
	community: 'Community',
};

/** A course a level names: the officer lists it on its own, with proof of completion. */
export const RequiredCourseSchema = z.object({
	/** The course as certificates name it. Example: SRO Basic course */
	name: z.string().trim().min(1),
	/** Hours the course must have lasted, at least; 0 when the program sets none. Example: 40 */
	minHours: z.number().min(0),
	/** Whether ACLEST must have certified the course. */
	aclestCertified: z.boolean(),
});
export type RequiredCourse = z.infer<typeof RequiredCourseSchema>;

/**
 * The machine-readable requirements of one level, beyond holding the previous level.
 * The application form and the review workspace both read these, so the prose on the level page
 * and these numbers must say the same thing.
 */
export const LevelRulesSchema = z.object({
	/** Full school years served as an SRO, at least. Example: 3 */
	minSchoolYears: z.number().int().min(0),
	/** Courses that must each appear in the training entries, with what each must show. */
	requiredCourses: listField(RequiredCourseSchema),
	/** ACLEST-certified school-safety training hours needed beyond the named courses. Example: 20 */
	additionalTrainingHours: z.number().min(0),
	/**
	 * Only courses at least this long count toward those hours; 0 when any length counts.
	 * Example: 4 (with 4 hours above: one more course of at least 4 hours)
	 */
	additionalCourseMinHours: z.number().min(0),
	/** Letters of support needed, at least. Example: 2 */
	lettersRequired: z.number().int().min(0),
	/** Where letters may come from. Example: ["agency", "school"] */
	letterSources: listField(LetterSourceSchema),
	/** Whether at least one letter must come from each listed source, or any source will do. */
	lettersFromEachSource: z.boolean(),
	/** College credit hours needed, at least. Example: 6 */
	collegeCreditHours: z.number().min(0),
	/** Subjects some of the college credit must be in; empty when any subject counts. */
	collegeSubjects: listField(z.string().trim().min(1)),
	/** Hours of the credit that must be in one of `collegeSubjects`. Example: 3 */
	collegeSubjectHours: z.number().min(0),
	/** Whether the officer must be an active ACLEST-certified instructor of school-safety courses. */
	requiresInstructor: z.boolean(),
});
export type LevelRules = z.infer<typeof LevelRulesSchema>;

/** A level's page and rules, as editors write them in content/levels/. */
export const LevelSchema = z.object({
	/** The level's name. Example: Intermediate */
	title: z.string().trim().min(1),
	/** The other name the program uses. Example: Level II */
	alias: z.string().trim().min(1),
	/** Position in the sequence, 1 for Basic. */
	order: z.number().int().min(1).max(4),
	/** One or two sentences for the list of levels. */
	summary: z.string().trim().min(1),
	/** The level that must be held before applying; absent for Basic. Example: basic */
	prerequisite: optionalField(LevelIdSchema),
	rules: LevelRulesSchema,
});
export type Level = z.infer<typeof LevelSchema>;
