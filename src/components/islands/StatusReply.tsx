/**
 * On /status/: the applicant's reply when the committee asked for more information. Each file is
 * uploaded on its own through /api/uploads (same checks and limits as the application), then all
 * are attached to the application with its reference and email address.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { ACCEPTED_TYPES_TEXT, MAX_FILE_BYTES } from '../../domain/documents.ts';

interface ErrorAnswer {
	message?: string;
	errors?: Array<{ path: string; message: string }>;
}

const readError = async (response: Response, fallback: string) => {
	const body = (await response.json().catch(() => null)) as ErrorAnswer | null;

	return body?.errors?.[0]?.message ?? body?.message ?? fallback;
};

export default function StatusReply() {
	const [error, setError] = useState('');
	const [progress, setProgress] = useState('');
	const [isDone, setIsDone] = useState(false);
	const [isBusy, setIsBusy] = useState(false);
	const alertRef = useRef<HTMLDivElement>(null);
	const id = useId();

	const fail = (message: string) => {
		setError(message);
		setProgress('');
		requestAnimationFrame(() => alertRef.current?.focus());
	};

	const submit = async (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		if (isBusy) return;
		const form = new FormData(event.currentTarget);
		const files = form
			.getAll('files')
			.filter((file): file is File => file instanceof File && file.size > 0);
		setError('');
		if (files.length === 0) return fail('Choose at least one document to send.');
		const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
		if (tooLarge)
			return fail(`${tooLarge.name} is larger than 4 MB. We accept ${ACCEPTED_TYPES_TEXT}.`);

		setIsBusy(true);
		try {
			const ids: string[] = [];
			for (const [index, file] of files.entries()) {
				setProgress(`Uploading ${index + 1} of ${files.length}: ${file.name}`);
				const body = new FormData();
				body.append('file', file);
				const response = await fetch('/api/uploads', { method: 'POST', body });
				if (!response.ok)
					return fail(
						`${file.name}: ${await readError(response, 'The upload failed. Try again.')}`,
					);
				ids.push(((await response.json()) as { id: string }).id);
			}

			setProgress('Sending your documents to the committee…');
			const response = await fetch('/api/status/documents', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					reference: form.get('reference'),
					email: form.get('email'),
					documents: ids,
					message: String(form.get('message') ?? '') || undefined,
				}),
			});
			if (!response.ok)
				return fail(await readError(response, 'Your documents could not be sent. Try again.'));

			setProgress('');
			setIsDone(true);
		} catch {
			fail('The connection failed before your documents were sent. Check it and try again.');
		} finally {
			setIsBusy(false);
		}
	};

	if (isDone) {
		return (
			<div className="alert alert--success" role="status">
				<p>
					Thank you. The committee has your documents, and your application is back in its review
					queue.
				</p>
			</div>
		);
	}

	return (
		<form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>Send documents the committee asked for</h2>
			<p>
				If the committee emailed you for more information, send the documents here. We accept{' '}
				{ACCEPTED_TYPES_TEXT}. Black out Social Security numbers and dates of birth first.
			</p>
			{error && (
				<div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
					<p>{error}</p>
				</div>
			)}
			<div className="field">
				<label htmlFor={`${id}-reference`}>Your application’s reference</label>
				<input id={`${id}-reference`} name="reference" type="text" autoComplete="off" required />
			</div>
			<div className="field">
				<label htmlFor={`${id}-email`}>Email address on your application</label>
				<input id={`${id}-email`} name="email" type="email" autoComplete="email" required />
			</div>
			<div className="field">
				<label htmlFor={`${id}-files`}>Files to send</label>
				<input
					id={`${id}-files`}
					name="files"
					type="file"
					multiple
					accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
				/>
			</div>
			<div className="field">
				<label htmlFor={`${id}-message`}>Message to the committee (optional)</label>
				<textarea id={`${id}-message`} name="message" rows={3} />
			</div>
			<p aria-live="polite">{progress}</p>
			<button className="button" type="submit" disabled={isBusy}>
				{isBusy ? 'Sending…' : 'Send documents'}
			</button>
		</form>
	);
}
