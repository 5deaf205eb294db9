import type { HTMLInputAutoCompleteAttribute } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { describedBy, useFieldError } from './form-context.ts';

interface Props {
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	hint?: string;
	type?: 'text' | 'email' | 'tel' | 'date';
	inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
	autoComplete?: HTMLInputAutoCompleteAttribute;
	/** A narrower box for short answers (numbers, dates). */
	isShort?: boolean;
}

export function TextField({
	id,
	label,
	value,
	onChange,
	hint,
	type = 'text',
	inputMode,
	autoComplete = 'off',
	isShort = false,
}: Props) {
	const error = useFieldError(id);
	const hintId = hint ? `${id}-hint` : undefined;

	return (
		<div className={error ? 'form-group form-group--error' : 'form-group'}>
			<label htmlFor={id}>{label}</label>
			{hint && (
				<p id={hintId} className="hint">
					{hint}
				</p>
			)}
			<ErrorMessage id={id} message={error} />
			<input
				id={id}
				name={id}
				type={type}
				className={isShort ? 'input--short' : undefined}
				value={value}
				inputMode={inputMode}
				autoComplete={autoComplete}
				spellCheck={type === 'email' ? false : undefined}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(hintId, error && `${id}-error`)}
				onChange={(event) => onChange(event.target.value)}
			/>
		</div>
	);
}
