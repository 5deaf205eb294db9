import { ErrorMessage } from './ErrorMessage.tsx';
import { describedBy, useFieldError } from './form-context.ts';

interface Props<T extends string> {
	/** The group's id; the first radio gets it too, so an error link can focus it. */
	id: string;
	legend: string;
	options: readonly { value: T; label: string; hint?: string }[];
	value: T | '' | undefined;
	onChange: (value: T) => void;
	hint?: string;
	/** Shows the options side by side (yes/no). */
	isInline?: boolean;
}

export function RadioGroup<T extends string>({
	id,
	legend,
	options,
	value,
	onChange,
	hint,
	isInline = false,
}: Props<T>) {
	const error = useFieldError(id);
	const hintId = hint ? `${id}-hint` : undefined;

	return (
		<div className={error ? 'form-group form-group--error' : 'form-group'}>
			<fieldset aria-describedby={describedBy(hintId, error && `${id}-error`)}>
				<legend>{legend}</legend>
				{hint && (
					<p id={hintId} className="hint">
						{hint}
					</p>
				)}
				<ErrorMessage id={id} message={error} />
				<div className={isInline ? 'radios radios--inline' : 'radios'}>
					{options.map((option, index) => {
						const optionId = index === 0 ? id : `${id}-${option.value}`;
						return (
							<div className="radios__item" key={option.value}>
								<input
									id={optionId}
									type="radio"
									name={id}
									value={option.value}
									checked={value === option.value}
									aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
									onChange={() => onChange(option.value)}
								/>
								<label htmlFor={optionId}>{option.label}</label>
								{option.hint && (
									<p id={`${optionId}-item-hint`} className="hint radios__hint">
										{option.hint}
									</p>
								)}
							</div>
						);
					})}
				</div>
			</fieldset>
		</div>
	);
}
