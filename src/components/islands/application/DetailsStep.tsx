import type { SubmitEvent } from 'react';
import type { LevelId } from '../../../domain/levels.ts';
import { checkRequirements } from '../../../domain/requirements.ts';
import { ApplicantSection } from './ApplicantSection.tsx';
import { CollegeSection } from './CollegeSection.tsx';
import { type Draft, toApplicationInput } from './draft.ts';
import { InstructorSection } from './InstructorSection.tsx';
import type { LevelOption } from './level-option.ts';
import { LettersSection } from './LettersSection.tsx';
import { LevelSection } from './LevelSection.tsx';
import { RequirementChecklist } from './RequirementChecklist.tsx';
import { TrainingSection } from './TrainingSection.tsx';

interface Props {
	draft: Draft;
	levels: readonly LevelOption[];
	onChange: (change: (draft: Draft) => Draft) => void;
	onLevelChange: (level: LevelId) => void;
	onContinue: () => void;
	makeKey: () => string;
}

export function DetailsStep({
	draft,
	levels,
	onChange,
	onLevelChange,
	onContinue,
	makeKey,
}: Props) {
	const level = levels.find((option) => option.id === draft.level);
	const previous = levels.find((option) => option.id === level?.prerequisite);
	const results = level
		? checkRequirements(level.rules, toApplicationInput(draft, level.rules))
		: [];
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		onContinue();
	};

	return (
		<form noValidate onSubmit={submit} aria-label="Your application">
			<ApplicantSection
				applicant={draft.applicant}
				onChange={(applicant) => onChange((current) => ({ ...current, applicant }))}
			/>
			<LevelSection
				levels={levels}
				level={draft.level}
				currentCertificate={draft.currentCertificate}
				onLevelChange={onLevelChange}
				onCertificateChange={(currentCertificate) =>
					onChange((current) => ({ ...current, currentCertificate }))
				}
			/>
			{level && (
				<>
					<RequirementChecklist
						levelTitle={level.title}
						previousTitle={previous?.title}
						results={results}
					/>
					<TrainingSection
						rules={level.rules}
						training={draft.training}
						makeKey={makeKey}
						onChange={(training) => onChange((current) => ({ ...current, training }))}
					/>
					{level.rules.lettersRequired > 0 && (
						<LettersSection
							rules={level.rules}
							letters={draft.letters}
							makeKey={makeKey}
							onChange={(letters) => onChange((current) => ({ ...current, letters }))}
						/>
					)}
					{level.rules.collegeCreditHours > 0 && (
						<CollegeSection
							rules={level.rules}
							college={draft.college}
							makeKey={makeKey}
							onChange={(college) => onChange((current) => ({ ...current, college }))}
						/>
					)}
					{level.rules.requiresInstructor && (
						<InstructorSection
							instructor={draft.instructor}
							onChange={(instructor) => onChange((current) => ({ ...current, instructor }))}
						/>
					)}
				</>
			)}
			<button type="submit" className="button">
				Continue to check your answers
			</button>
		</form>
	);
}
