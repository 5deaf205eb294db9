/**
 * Checks an application's entries against its level's machine-readable rules. The form's live
 * checklist, the submit function and the review workspace all call this, so an officer, the
 * server and the committee see the same verdict on the same entries.
 */
import type { ApplicationInput } from './application.ts';
import { LETTER_SOURCE_LABELS, type LevelRules, type RequiredCourse } from './levels.ts';

export type RequirementStatus = 'met' | 'not-met' | 'needs-review';

export interface RequirementResult {
	/** Stable id, for keys and tests. Example: training-hours */
	id: string;
	/** The requirement in plain words. Example: 20 more hours of ACLEST-certified school-safety training */
	label: string;
	status: RequirementStatus;
	/** What the entries show so far. Example: 12 of 20 hours */
	detail: string;
	/** The form field the officer should look at when it is not met. Example: training */
	path: string;
}

/** The parts of an application the rules look at; drafts may have any of them missing. */
export type RequirementInput = Pick<
	Partial<ApplicationInput>,
	'training' | 'letters' | 'college' | 'instructor'
> & {
	applicant?: { schoolYears?: number | undefined } | undefined;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * @param course one of a level's named courses
 * @returns the course with what it must show. Example: SRO Basic course, at least 40 hours
 */
export function describeRequiredCourse(course: RequiredCourse): string {
	const conditions = [
		course.minHours > 0 ? `at least ${plural(course.minHours, 'hour')}` : '',
		course.aclestCertified ? 'ACLEST-certified' : '',
	].filter(Boolean);

	return [course.name, ...conditions].join(', ');
}

/**
 * @param rules a level's rules
 * @returns the additional-training requirement in plain words, for the checklist and the pages.
 *   Example: at least one more ACLEST-certified school-safety course of at least 4 hours
 */
export function describeAdditionalTraining(rules: LevelRules): string {
	const { additionalTrainingHours: hours, additionalCourseMinHours: minHours } = rules;
	if (minHours >= hours) {
		return `at least one more ACLEST-certified school-safety course of at least ${plural(minHours, 'hour')}`;
	}
	const each = minHours > 0 ? `, in courses of at least ${plural(minHours, 'hour')} each` : '';

	return `${hours} more hours of ACLEST-certified school-safety training${each}`;
}

/**
 * @param rules the level's rules
 * @param input the application, or a draft of it
 * @returns one problem per requirement the entries do not meet, worded the same in the form's
 *   error summary and in the submit function's refusal
 */
export function listUnmetRequirements(
	rules: LevelRules,
	input: RequirementInput,
): Array<{ path: string; message: string }> {
	return checkRequirements(rules, input)
		.filter((result) => result.status === 'not-met')
		.map((result) => ({
			path: result.path,
			message: `Not met yet: ${result.label} (${result.detail.charAt(0).toLowerCase()}${result.detail.slice(1)})`,
		}));
}

const hasProof = (entry: { throughCji?: boolean; document?: unknown }) =>
	entry.throughCji === true || Boolean(entry.document);
const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * @param rules the level's rules from content/levels/
 * @param input the application, or a draft of it
 * @returns one result per requirement of the level, in the order the level page lists them
 */
export function checkRequirements(rules: LevelRules, input: RequirementInput): RequirementResult[] {
	const results: RequirementResult[] = [];
	const training = input.training ?? [];
	const letters = input.letters ?? [];
	const college = input.college ?? [];

	if (rules.minSchoolYears > 0) {
		const years = input.applicant?.schoolYears ?? 0;
		results.push({
			id: 'school-years',
			label: `At least ${plural(rules.minSchoolYears, 'full school year')} as an SRO`,
			status: years >= rules.minSchoolYears ? 'met' : 'not-met',
			detail: `${plural(years, 'full school year')} entered`,
			path: 'applicant.schoolYears',
		});
	}

	for (const [index, course] of rules.requiredCourses.entries()) {
		const rows = training.filter(
			(item) =>
				typeof item.requiredCourse === 'string' && sameText(item.requiredCourse, course.name),
		);
		results.push({
			id: `course-${index + 1}`,
			label: describeRequiredCourse(course),
			path: 'training',
			...checkRequiredCourse(course, rows),
		});
	}

	if (rules.additionalTrainingHours > 0) {
		const general = training.filter((item) => !item.requiredCourse && Number(item.hours) > 0);
		const counted = general.filter(
			(item) =>
				item.aclestCertified === true &&
				hasProof(item) &&
				Number(item.hours) >= rules.additionalCourseMinHours,
		);
		const hours = counted.reduce((sum, item) => sum + Number(item.hours), 0);
		const label = describeAdditionalTraining(rules);
		const lasting =
			rules.additionalCourseMinHours > 0
				? `, and lasts at least ${plural(rules.additionalCourseMinHours, 'hour')}`
				: '';
		const isMet = hours >= rules.additionalTrainingHours;
		// Say why a listed course did not count, or the officer sees hours listed and "0 count".
		const why =
			!isMet && counted.length < general.length
				? `; a course counts only if it is ACLEST-certified, has a certificate or CJI's record${lasting}`
				: '';
		results.push({
			id: 'training-hours',
			label: label.charAt(0).toUpperCase() + label.slice(1),
			status: isMet ? 'met' : 'not-met',
			detail: `${hours} of ${rules.additionalTrainingHours} hours count${why}`,
			path: 'training',
		});
	}

	if (rules.lettersRequired > 0) {
		const sources = new Set(letters.map((letter) => letter.authorRole));
		const fromAllowed = letters.filter((letter) => rules.letterSources.includes(letter.authorRole));
		const missing = rules.lettersFromEachSource
			? rules.letterSources.filter((source) => !sources.has(source))
			: [];
		const isMet = fromAllowed.length >= rules.lettersRequired && missing.length === 0;
		const joiner = rules.lettersFromEachSource ? ' and ' : ' or ';
		results.push({
			id: 'letters',
			label: `${plural(rules.lettersRequired, 'letter')} of support from ${rules.letterSources
				.map((source) => LETTER_SOURCE_LABELS[source].toLowerCase())
				.join(joiner)}`,
			// The letters' content (student programs, community service) is for the committee to judge.
			status: isMet ? 'needs-review' : 'not-met',
			detail:
				missing.length > 0
					? `Missing a letter from: ${missing.map((source) => LETTER_SOURCE_LABELS[source].toLowerCase()).join(', ')}`
					: `${plural(fromAllowed.length, 'letter')} attached`,
			path: 'letters',
		});
	}

	if (rules.collegeCreditHours > 0) {
		const total = college.reduce(
			(sum, item) => sum + (Number.isFinite(item.creditHours) ? Number(item.creditHours) : 0),
			0,
		);
		results.push({
			id: 'college-hours',
			label: `${rules.collegeCreditHours} hours of college credit`,
			status: total >= rules.collegeCreditHours ? 'met' : 'not-met',
			detail: `${total} of ${rules.collegeCreditHours} credit hours listed`,
			path: 'college',
		});
	}

	if (rules.collegeSubjects.length > 0 && rules.collegeSubjectHours > 0) {
		const inSubject = college
			.filter((item) =>
				rules.collegeSubjects.some((subject) => sameText(subject, item.subject ?? '')),
			)
			.reduce(
				(sum, item) => sum + (Number.isFinite(item.creditHours) ? Number(item.creditHours) : 0),
				0,
			);
		results.push({
			id: 'college-subject',
			label: `At least ${rules.collegeSubjectHours} of those hours in ${rules.collegeSubjects.join(' or ')}`,
			status: inSubject >= rules.collegeSubjectHours ? 'met' : 'not-met',
			detail: `${inSubject} of ${rules.collegeSubjectHours} hours in those subjects`,
			path: 'college',
		});
	}

	if (rules.requiresInstructor) {
		const isInstructor =
			input.instructor?.isInstructor === true && Boolean(input.instructor.document);
		results.push({
			id: 'instructor',
			label: 'Active ACLEST-certified instructor of school-safety courses',
			status: isInstructor ? 'needs-review' : 'not-met',
			detail: isInstructor ? 'Proof attached' : 'Not confirmed yet',
			path: 'instructor',
		});
	}

	return results;
}

/** A named course is met by one row with its name, enough hours, the ACLEST mark if needed, and proof. */
function checkRequiredCourse(
	course: RequiredCourse,
	rows: NonNullable<RequirementInput['training']>,
): Pick<RequirementResult, 'status' | 'detail'> {
	const isMet = (item: (typeof rows)[number]) =>
		Boolean(item.course?.trim()) &&
		Number(item.hours) > 0 &&
		Number(item.hours) >= course.minHours &&
		(!course.aclestCertified || item.aclestCertified === true) &&
		hasProof(item);
	const entry = rows.find(isMet);
	if (entry) {
		return {
			status: 'met',
			detail: `Listed: ${entry.course}, ${plural(Number(entry.hours), 'hour')}`,
		};
	}

	const row = rows[0];
	const hours = Number(row?.hours);
	if (!row || (!row.course?.trim() && !(hours > 0))) {
		return { status: 'not-met', detail: 'Not listed yet' };
	}
	const missing = [
		row.course?.trim() ? '' : 'its name',
		hours > 0 ? '' : 'its hours',
		hasProof(row) ? '' : 'a certificate (or CJI)',
	].filter(Boolean);
	if (missing.length > 0)
		return { status: 'not-met', detail: `Listed without ${missing.join(', ')}` };
	if (hours < course.minHours) {
		return {
			status: 'not-met',
			detail: `Listed with ${plural(hours, 'hour')}, and it must last at least ${course.minHours}`,
		};
	}

	return { status: 'not-met', detail: 'Listed, but not marked ACLEST-certified' };
}
