import type { ReactNode } from 'react';

interface Props {
	label: string;
	/** The id of the field that changes this answer. */
	fieldId: string;
	onEdit: (fieldId: string) => void;
	children: ReactNode;
}

// "Change full name", but "Change ACLEST officer number": only a word that is not an acronym is lowered.
const inSentence = (label: string) =>
	/^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

export function AnswerRow({ label, fieldId, onEdit, children }: Props) {
	return (
		<div className="summary-list__row">
			<dt className="summary-list__key">{label}</dt>
			<dd className="summary-list__value">{children}</dd>
			<dd className="summary-list__actions">
				<button type="button" className="link-button" onClick={() => onEdit(fieldId)}>
					Change<span className="visually-hidden"> {inSentence(label)}</span>
				</button>
			</dd>
		</div>
	);
}
