import { formatPlainDate } from '../../../domain/dates.ts';
import { LETTER_SOURCE_LABELS } from '../../../domain/levels.ts';
import { AnswerRow } from './AnswerRow.tsx';
import type { Draft } from './draft.ts';
import type { LevelOption } from './level-option.ts';

interface Props {
	draft: Draft;
	level: LevelOption;
	onEdit: (fieldId: string) => void;
}

const APPLICANT_LABELS: [keyof Draft['applicant'], string][] = [
	['fullName', 'Full name'],
	['email', 'Email address'],
	['phone', 'Phone number'],
	['aclestNumber', 'ACLEST officer number'],
	['agency', 'Law-enforcement agency'],
	['agencyHeadName', 'Agency head'],
	['agencyHeadEmail', 'Agency head’s email address'],
	['district', 'School district'],
	['campus', 'Campus'],
	['firstAssigned', 'First assigned as an SRO'],
	['schoolYears', 'Full school years as an SRO'],
];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export function AnswersSummary({ draft, level, onEdit }: Props) {
	const { rules } = level;

	return (
		<>
			<h2>About you</h2>
			<dl className="summary-list">
				{APPLICANT_LABELS.map(([name, label]) => (
					<AnswerRow key={name} label={label} fieldId={`applicant-${name}`} onEdit={onEdit}>
						{name === 'firstAssigned'
							? formatPlainDate(draft.applicant.firstAssigned)
							: draft.applicant[name]}
					</AnswerRow>
				))}
			</dl>

			<h2>Certificate</h2>
			<dl className="summary-list">
				<AnswerRow label="Level" fieldId="level" onEdit={onEdit}>
					{level.title} ({level.alias})
				</AnswerRow>
				{level.prerequisite && (
					<AnswerRow
						label="Current certificate number"
						fieldId="currentCertificate"
						onEdit={onEdit}
					>
						{draft.currentCertificate}
					</AnswerRow>
				)}
			</dl>

			<h2>Training</h2>
			<dl className="summary-list">
				{draft.training.map((entry, index) => (
					<AnswerRow
						key={entry.key}
						label={entry.requiredCourse || `Training course ${index + 1}`}
						fieldId={`training-${index}-course`}
						onEdit={onEdit}
					>
						{entry.course}, {entry.provider}, {formatPlainDate(entry.date)}, {entry.hours} hours
						<br />
						ACLEST-certified: {yesNo(entry.aclestCertified)}. Through CJI: {yesNo(entry.throughCji)}
						.
						<br />
						{entry.throughCji
							? 'No document needed'
							: `Document: ${entry.document?.name ?? 'none'}`}
					</AnswerRow>
				))}
			</dl>

			{rules.lettersRequired > 0 && (
				<>
					<h2>Letters of support</h2>
					<dl className="summary-list">
						{draft.letters.map((letter, index) => (
							<AnswerRow
								key={letter.key}
								label={`Letter ${index + 1}`}
								fieldId={`letters-${index}-authorName`}
								onEdit={onEdit}
							>
								{letter.authorName} (
								{letter.authorRole ? LETTER_SOURCE_LABELS[letter.authorRole] : 'no role chosen'})
								<br />
								Document: {letter.document?.name ?? 'none'}
							</AnswerRow>
						))}
					</dl>
				</>
			)}

			{rules.collegeCreditHours > 0 && (
				<>
					<h2>College credit</h2>
					<dl className="summary-list">
						{draft.college.map((entry, index) => (
							<AnswerRow
								key={entry.key}
								label={`College course ${index + 1}`}
								fieldId={`college-${index}-institution`}
								onEdit={onEdit}
							>
								{entry.course} ({entry.subject}), {entry.institution}, {entry.creditHours} credit
								hours
								<br />
								Transcript: {entry.document?.name ?? 'none'}
							</AnswerRow>
						))}
					</dl>
				</>
			)}

			{rules.requiresInstructor && (
				<>
					<h2>Instructor status</h2>
					<dl className="summary-list">
						<AnswerRow
							label="Active ACLEST-certified instructor"
							fieldId="instructor-isInstructor"
							onEdit={onEdit}
						>
							{yesNo(draft.instructor.isInstructor)}
							{draft.instructor.document && `. Proof: ${draft.instructor.document.name}`}
						</AnswerRow>
					</dl>
				</>
			)}
		</>
	);
}
