import { type FormEvent, useId, useState } from 'react';
import { type ApplicationDetail, callReviewApi, ReviewApiError } from './review-api.ts';

interface Props {
	detail: ApplicationDetail;
	onDecided: (detail: ApplicationDetail, message: string, isConflict: boolean) => void;
}

const ACTIONS = [
	{
		value: 'approve',
		label: 'Approve',
		hint: 'Issues the certificate number and emails it to the applicant. A note is optional.',
	},
	{
		value: 'deny',
		label: 'Deny',
		hint: 'The reason is emailed to the applicant with what they can do next.',
	},
	{
		value: 'more-information',
		label: 'Request more information',
		hint: 'Say exactly what the applicant should send. They reply by uploading documents from the status page.',
	},
] as const;

type Action = (typeof ACTIONS)[number]['value'];

/** The committee's decision. A note is required to deny or to ask for more information. */
export default function DecisionForm({ detail, onDecided }: Props) {
	const [action, setAction] = useState<Action>('approve');
	const [error, setError] = useState('');
	const [isBusy, setIsBusy] = useState(false);
	const id = useId();
	const isNoteRequired = action !== 'approve';

	const submit = async (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const note = String(new FormData(event.currentTarget).get('note') ?? '').trim();
		if (isNoteRequired && !note) {
			setError(
				action === 'deny'
					? 'Give the reason for the denial'
					: 'Say what information the committee needs',
			);
			document.getElementById(`${id}-note`)?.focus();

			return;
		}
		setError('');
		setIsBusy(true);
		try {
			const answer = await callReviewApi<{ detail: ApplicationDetail; emailSent: boolean }>(
				`/api/review/applications/${encodeURIComponent(detail.record.reference)}/decision`,
				{
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ action, version: detail.version, ...(note ? { note } : {}) }),
				},
			);
			const emailNote = answer.emailSent
				? 'The applicant has been emailed.'
				: 'The email to the applicant did not go out yet; it will be retried automatically.';
			onDecided(answer.detail, `Decision recorded. ${emailNote}`, false);
		} catch (caught) {
			if (caught instanceof ReviewApiError && caught.status === 409) {
				const body = caught.body as { current: ApplicationDetail };
				onDecided(body.current, caught.message, true);
			} else {
				setError(caught instanceof Error ? caught.message : String(caught));
			}
		} finally {
			setIsBusy(false);
		}
	};

	const hint = ACTIONS.find((item) => item.value === action)?.hint ?? '';

	return (
		<form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>Decision</h2>
			<fieldset>
				<legend>What does the committee decide?</legend>
				{ACTIONS.map((item) => (
					<div className="review-radio" key={item.value}>
						<input
							id={`${id}-${item.value}`}
							type="radio"
							name="action"
							value={item.value}
							checked={action === item.value}
							onChange={() => setAction(item.value)}
						/>
						<label htmlFor={`${id}-${item.value}`}>{item.label}</label>
					</div>
				))}
			</fieldset>
			<div className="field">
				<label htmlFor={`${id}-note`}>
					{action === 'deny'
						? 'Reason for the denial'
						: action === 'more-information'
							? 'What the applicant should send'
							: 'Note (optional)'}
				</label>
				<p className="hint" id={`${id}-hint`}>
					{hint}
				</p>
				{error && (
					<p className="review-error" id={`${id}-error`}>
						<span className="visually-hidden">Error:</span> {error}
					</p>
				)}
				<textarea
					id={`${id}-note`}
					name="note"
					rows={5}
					aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
					aria-invalid={error ? true : undefined}
				/>
			</div>
			<button className="button" type="submit" disabled={isBusy}>
				{isBusy ? 'Recording…' : 'Record decision'}
			</button>
		</form>
	);
}
