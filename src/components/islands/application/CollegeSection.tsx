import type { LevelRules } from '../../../domain/levels.ts';
import type { CollegeDraft } from './draft.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { FileField } from './FileField.tsx';
import { useFieldError } from './form-context.ts';
import { TextField } from './TextField.tsx';

interface Props {
	rules: LevelRules;
	college: readonly CollegeDraft[];
	onChange: (college: CollegeDraft[]) => void;
	makeKey: () => string;
}

export function CollegeSection({ rules, college, onChange, makeKey }: Props) {
	const error = useFieldError('college');
	const replace = (index: number, entry: CollegeDraft) =>
		onChange(college.map((item, at) => (at === index ? entry : item)));
	const add = () =>
		onChange([
			...college,
			{
				key: makeKey(),
				institution: '',
				course: '',
				subject: '',
				creditHours: '',
				document: undefined,
			},
		]);

	return (
		<section aria-labelledby="college-heading" id="college" className="form-section">
			<h2 id="college-heading">College credit</h2>
			<p>
				This level needs {rules.collegeCreditHours} hours of college credit
				{rules.collegeSubjects.length > 0 &&
					`, at least ${rules.collegeSubjectHours} of them in ${rules.collegeSubjects.join(' or ')}`}
				. Add each course with its transcript.
			</p>
			<ErrorMessage id="college" message={error} />
			{college.map((entry, index) => {
				const id = `college-${index}`;
				const text = (name: 'institution' | 'course' | 'subject' | 'creditHours') => ({
					id: `${id}-${name}`,
					value: entry[name],
					onChange: (value: string) => replace(index, { ...entry, [name]: value }),
				});
				return (
					<fieldset className="entry" id={id} key={entry.key}>
						<legend className="entry__legend">College course {index + 1}</legend>
						<TextField {...text('institution')} label="College or university" />
						<TextField {...text('course')} label="Course name" />
						<TextField
							{...text('subject')}
							label="Subject"
							hint="For example English Composition or Technical Writing."
						/>
						<TextField {...text('creditHours')} label="Credit hours" inputMode="decimal" isShort />
						<FileField
							id={`${id}-document`}
							slot={{ list: 'college', key: entry.key }}
							label="Transcript"
							document={entry.document}
						/>
						<button
							type="button"
							className="button button--secondary"
							onClick={() => onChange(college.filter((_, at) => at !== index))}
						>
							Remove college course {index + 1}
						</button>
					</fieldset>
				);
			})}
			<button type="button" className="button button--secondary" onClick={add}>
				Add a college course
			</button>
		</section>
	);
}
