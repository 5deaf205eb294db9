/**
 * Sign-in for the review workspace. On the deployed site: Netlify Identity (invite-only; the
 * account needs the reviewer role). On a developer's machine, where Identity cannot run, the
 * fenced development sign-in answers and this form uses it instead.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { callReviewApi } from './review-api.ts';

interface Props {
	onSignedIn: () => void;
}

export default function ReviewSignIn({ onSignedIn }: Props) {
	const [isDev, setIsDev] = useState<boolean | null>(null);
	const [error, setError] = useState('');
	const [isBusy, setIsBusy] = useState(false);
	const id = useId();

	useEffect(() => {
		fetch('/api/dev-sign-in', { cache: 'no-store' })
			.then((response) => setIsDev(response.ok))
			.catch(() => setIsDev(false));
	}, []);

	const submit = async (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		setError('');
		setIsBusy(true);
		try {
			if (isDev) {
				await callReviewApi('/api/dev-sign-in', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({
						name: form.get('name'),
						email: form.get('email'),
						role: form.get('role'),
					}),
				});
			} else {
				const { login } = await import('@netlify/identity');
				await login(String(form.get('email')), String(form.get('password')));
			}
			onSignedIn();
		} catch (caught) {
			setError(
				caught instanceof Error
					? caught.message
					: 'Sign-in failed. Check your email address and password.',
			);
		} finally {
			setIsBusy(false);
		}
	};

	if (isDev === null) return <p>Checking how to sign in…</p>;

	return (
		<form className="review-sign-in" onSubmit={submit} aria-labelledby={`${id}-heading`}>
			<h2 id={`${id}-heading`}>{isDev ? 'Development sign-in' : 'Sign in'}</h2>
			{isDev ? (
				<p className="alert alert--warning">
					This local sign-in works only on this computer, with REVIEW_DEV_SIGNIN=1. The deployed
					site uses Netlify Identity.
				</p>
			) : (
				<p>
					Committee members sign in with the account they were invited to. Ask the program
					administrator for an invitation.
				</p>
			)}
			{error && (
				<div className="alert alert--error" role="alert">
					<p>{error}</p>
				</div>
			)}
			{isDev && (
				<div className="field">
					<label htmlFor={`${id}-name`}>Your name</label>
					<input
						id={`${id}-name`}
						name="name"
						type="text"
						autoComplete="name"
						required
						defaultValue="Local Reviewer"
					/>
				</div>
			)}
			<div className="field">
				<label htmlFor={`${id}-email`}>Email address</label>
				<input
					id={`${id}-email`}
					name="email"
					type="email"
					autoComplete="username"
					required
					defaultValue={isDev ? 'reviewer@localhost.test' : ''}
				/>
			</div>
			{isDev ? (
				<div className="field">
					<label htmlFor={`${id}-role`}>Role</label>
					<select id={`${id}-role`} name="role" defaultValue="reviewer">
						<option value="reviewer">Reviewer</option>
						<option value="editor">Editor (no review access)</option>
						<option value="none">No role</option>
					</select>
				</div>
			) : (
				<div className="field">
					<label htmlFor={`${id}-password`}>Password</label>
					<input
						id={`${id}-password`}
						name="password"
						type="password"
						autoComplete="current-password"
						required
					/>
				</div>
			)}
			<button className="button" type="submit" disabled={isBusy}>
				{isBusy ? 'Signing in…' : 'Sign in'}
			</button>
		</form>
	);
}
