import { useContext } from 'react';
import type { UploadResult } from '../../../domain/api.ts';
import { ACCEPTED_TYPES_TEXT } from '../../../domain/documents.ts';
import type { DocumentSlot } from './draft.ts';
import { slotName } from './draft.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { ACCEPTED_ENDINGS, formatMegabytes } from './file-checks.ts';
import { describedBy, UploadsContext, useFieldError } from './form-context.ts';

interface Props {
	id: string;
	slot: DocumentSlot;
	label: string;
	document: UploadResult | undefined;
}

// Listing the types (not image/*) also makes iPhones hand over a JPEG instead of a HEIC photo.
const ACCEPT = [...Object.keys(ACCEPTED_ENDINGS), ...Object.values(ACCEPTED_ENDINGS).flat()].join(
	',',
);

export function FileField({ id, slot, label, document }: Props) {
	const { pending, pick, remove } = useContext(UploadsContext);
	const error = useFieldError(id);
	const upload = pending[slotName(slot)];

	return (
		<div className={error ? 'form-group form-group--error' : 'form-group'}>
			<label htmlFor={id}>{label}</label>
			<p id={`${id}-hint`} className="hint">
				{ACCEPTED_TYPES_TEXT}. Black out any Social Security number or date of birth first.
			</p>
			<div aria-live="assertive">
				<ErrorMessage id={id} message={error} />
			</div>
			<input
				id={id}
				type="file"
				className="file-input"
				accept={ACCEPT}
				aria-invalid={error ? true : undefined}
				aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
				onChange={(event) => {
					const file = event.target.files?.[0];
					// Emptied so that picking the same file again, after a refusal, still counts.
					event.target.value = '';
					if (file) pick(slot, file);
				}}
			/>
			<div className="upload-status" aria-live="polite">
				{upload && (
					<div className="upload-status__row">
						<progress max={100} value={upload.percent} aria-label={`Uploading ${upload.name}`} />
						<span>
							Uploading {upload.name}: {upload.percent}%
						</span>
						<button
							type="button"
							className="button button--secondary button--small"
							onClick={() => remove(slot)}
						>
							Stop<span className="visually-hidden"> uploading {upload.name}</span>
						</button>
					</div>
				)}
				{!upload && document && (
					<div className="upload-status__row">
						<span>
							Uploaded: <strong>{document.name}</strong> ({formatMegabytes(document.size)})
						</span>
						<button
							type="button"
							className="button button--secondary button--small"
							onClick={() => remove(slot)}
						>
							Remove<span className="visually-hidden"> {document.name}</span>
						</button>
					</div>
				)}
			</div>
		</div>
	);
}
