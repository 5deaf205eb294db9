import { CheckboxField } from './CheckboxField.tsx';
import type { TrainingDraft } from './draft.ts';
import { FileField } from './FileField.tsx';
import { TextField } from './TextField.tsx';

interface Props {
	index: number;
	entry: TrainingDraft;
	legend: string;
	onChange: (entry: TrainingDraft) => void;
	/** Absent for the level's named courses, which cannot be removed. */
	onRemove?: (() => void) | undefined;
}

export function TrainingEntry({ index, entry, legend, onChange, onRemove }: Props) {
	const id = `training-${index}`;
	const text = (name: 'course' | 'provider' | 'date' | 'hours') => ({
		id: `${id}-${name}`,
		value: entry[name],
		onChange: (value: string) => onChange({ ...entry, [name]: value }),
	});

	return (
		<fieldset className="entry" id={id}>
			<legend className="entry__legend">{legend}</legend>
			<TextField
				{...text('course')}
				label="Course name"
				hint="As it appears on the certificate of completion."
			/>
			<TextField
				{...text('provider')}
				label="Provider"
				hint="Who taught it, for example CJI or ACSS."
			/>
			<TextField {...text('date')} label="Date completed" type="date" isShort />
			<TextField {...text('hours')} label="Hours" inputMode="decimal" isShort />
			<CheckboxField
				id={`${id}-aclestCertified`}
				label="The course is ACLEST-certified"
				checked={entry.aclestCertified}
				onChange={(aclestCertified) => onChange({ ...entry, aclestCertified })}
			/>
			<CheckboxField
				id={`${id}-throughCji`}
				label="I took this course through the Criminal Justice Institute (CJI)"
				hint="ACSS already holds CJI training records, so no document is needed."
				checked={entry.throughCji}
				onChange={(throughCji) => onChange({ ...entry, throughCji })}
			/>
			{!entry.throughCji && (
				<FileField
					id={`${id}-document`}
					slot={{ list: 'training', key: entry.key }}
					label="Certificate of completion"
					document={entry.document}
				/>
			)}
			{onRemove && (
				<button type="button" className="button button--secondary" onClick={onRemove}>
					Remove this course<span className="visually-hidden">: {entry.course || legend}</span>
				</button>
			)}
		</fieldset>
	);
}
