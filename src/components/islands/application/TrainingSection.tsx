import type { LevelRules } from '../../../domain/levels.ts';
import {
	describeAdditionalTraining,
	describeRequiredCourse,
} from '../../../domain/requirements.ts';
import { type TrainingDraft, makeTraining } from './draft.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useFieldError } from './form-context.ts';
import { TrainingEntry } from './TrainingEntry.tsx';
import { UploadLimits } from './UploadLimits.tsx';

interface Props {
	rules: LevelRules;
	training: readonly TrainingDraft[];
	onChange: (training: TrainingDraft[]) => void;
	makeKey: () => string;
}

export function TrainingSection({ rules, training, onChange, makeKey }: Props) {
	const error = useFieldError('training');
	const replace = (index: number, entry: TrainingDraft) =>
		onChange(training.map((item, at) => (at === index ? entry : item)));
	const hasGeneral = rules.additionalTrainingHours > 0;
	let generalCount = 0;

	return (
		<section aria-labelledby="training-heading" id="training" className="form-section">
			<h2 id="training-heading">Training</h2>
			<UploadLimits />
			<ErrorMessage id="training" message={error} />
			{rules.requiredCourses.length > 0 && <p>List each course this level names.</p>}
			{training.map((entry, index) => {
				if (!entry.requiredCourse) generalCount += 1;
				const named = rules.requiredCourses.find((course) => course.name === entry.requiredCourse);
				return (
					<TrainingEntry
						key={entry.key}
						index={index}
						entry={entry}
						legend={named ? describeRequiredCourse(named) : `Other training course ${generalCount}`}
						onChange={(changed) => replace(index, changed)}
						onRemove={
							entry.requiredCourse
								? undefined
								: () => onChange(training.filter((_, at) => at !== index))
						}
					/>
				);
			})}
			{hasGeneral && (
				<>
					<p>
						Besides the named courses, this level needs {describeAdditionalTraining(rules)}. Add
						each course.
					</p>
					<button
						type="button"
						className="button button--secondary"
						onClick={() => onChange([...training, makeTraining(makeKey())])}
					>
						Add a training course
					</button>
				</>
			)}
		</section>
	);
}
