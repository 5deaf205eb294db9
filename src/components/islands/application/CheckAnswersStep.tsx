import { type SubmitEvent, useRef } from 'react';
import { AnswersSummary } from './AnswersSummary.tsx';
import { CheckboxField } from './CheckboxField.tsx';
import type { Draft } from './draft.ts';
import type { LevelOption } from './level-option.ts';
import { TextField } from './TextField.tsx';

interface Props {
	draft: Draft;
	level: LevelOption;
	isSubmitting: boolean;
	onAttestationChange: (attestation: Draft['attestation']) => void;
	onEdit: (fieldId: string) => void;
	onSubmit: (website: string) => void;
}

export function CheckAnswersStep({
	draft,
	level,
	isSubmitting,
	onAttestationChange,
	onEdit,
	onSubmit,
}: Props) {
	const honeypot = useRef<HTMLInputElement>(null);
	const { attestation } = draft;
	const submit = (event: SubmitEvent) => {
		event.preventDefault();
		onSubmit(honeypot.current?.value ?? '');
	};

	return (
		<>
			<h2 id="check-heading" className="step-title" tabIndex={-1}>
				Check your answers before sending your application
			</h2>
			<AnswersSummary draft={draft} level={level} onEdit={onEdit} />

			<form
				noValidate
				onSubmit={submit}
				aria-labelledby="declaration-heading"
				className="declaration"
			>
				<h2 id="declaration-heading">Declaration</h2>
				<CheckboxField
					id="attestation-agreed"
					label="I confirm that the information in this application is true and complete"
					checked={attestation.agreed}
					onChange={(agreed) => onAttestationChange({ ...attestation, agreed })}
				/>
				<TextField
					id="attestation-typedName"
					label="Type your full name to sign"
					hint="Exactly as you entered it above."
					value={attestation.typedName}
					onChange={(typedName) => onAttestationChange({ ...attestation, typedName })}
				/>
				<TextField
					id="attestation-date"
					label="Today’s date"
					type="date"
					isShort
					value={attestation.date}
					onChange={(date) => onAttestationChange({ ...attestation, date })}
				/>
				{/* A field people never see or reach: bots that fill every box give themselves away. */}
				<div className="visually-hidden">
					<label htmlFor="website">Leave this empty</label>
					<input
						ref={honeypot}
						id="website"
						name="website"
						type="text"
						tabIndex={-1}
						autoComplete="off"
						defaultValue=""
					/>
				</div>
				<button type="submit" className="button" disabled={isSubmitting}>
					{isSubmitting ? 'Sending your application…' : 'Submit application'}
				</button>
				<p className="hint" role="status">
					{isSubmitting
						? 'Sending your application. Keep this page open until you see your reference number.'
						: ''}
				</p>
			</form>
		</>
	);
}
