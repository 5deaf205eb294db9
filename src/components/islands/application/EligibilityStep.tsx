import type { SubmitEvent } from 'react';
import type { Draft } from './draft.ts';
import { RadioGroup } from './RadioGroup.tsx';

type Answers = Draft['eligibility'];

interface Props {
	answers: Answers;
	onChange: (answers: Answers) => void;
	onContinue: () => void;
}

const YES_NO = [
	{ value: 'yes', label: 'Yes' },
	{ value: 'no', label: 'No' },
] as const;

export function EligibilityStep({ answers, onChange, onContinue }: Props) {
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		onContinue();
	};

	return (
		<form noValidate onSubmit={submit} aria-labelledby="eligibility-heading">
			<h2 id="eligibility-heading" tabIndex={-1}>
				Can you apply?
			</h2>
			<RadioGroup
				id="eligibility-sworn"
				legend="Are you a sworn law-enforcement officer appointed by a law-enforcement agency located in Arkansas?"
				options={YES_NO}
				value={answers.sworn}
				isInline
				onChange={(sworn) => onChange({ ...answers, sworn })}
			/>
			<RadioGroup
				id="eligibility-servingSro"
				legend="Are you currently serving as a School Resource Officer in an Arkansas school?"
				options={YES_NO}
				value={answers.servingSro}
				isInline
				onChange={(servingSro) => onChange({ ...answers, servingSro })}
			/>
			<button type="submit" className="button">
				Continue
			</button>
		</form>
	);
}
