import { ErrorMessage } from './ErrorMessage.tsx';
import { describedBy, useFieldError } from './form-context.ts';

interface Props {
	id: string;
	label: string;
	checked: boolean;
	onChange: (checked: boolean) => void;
	hint?: string;
}

export function CheckboxField({ id, label, checked, onChange, hint }: Props) {
	const error = useFieldError(id);
	const hintId = hint ? `${id}-hint` : undefined;

	return (
		<div className={error ? 'form-group form-group--error' : 'form-group'}>
			<ErrorMessage id={id} message={error} />
			<div className="checkbox">
				<input
					id={id}
					name={id}
					type="checkbox"
					checked={checked}
					aria-invalid={error ? true : undefined}
					aria-describedby={describedBy(hintId, error && `${id}-error`)}
					onChange={(event) => onChange(event.target.checked)}
				/>
				<label htmlFor={id}>{label}</label>
			</div>
			{hint && (
				<p id={hintId} className="hint checkbox__hint">
					{hint}
				</p>
			)}
		</div>
	);
}
