import type { Reviewer } from './review-api.ts';

interface Props {
	reviewer: Reviewer;
	onSignedOut: () => void;
}

/** Who is signed in, and the way out: Identity's logout, or the development session's. */
export default function ReviewerBar({ reviewer, onSignedOut }: Props) {
	const signOut = async () => {
		const dev = await fetch('/api/dev-sign-in', {
			method: 'DELETE',
			credentials: 'same-origin',
		}).catch(() => null);
		if (!dev?.ok) {
			const { logout } = await import('@netlify/identity');
			await logout().catch(() => undefined);
		}
		onSignedOut();
	};

	return (
		<p className="review-bar">
			Signed in as <strong>{reviewer.name}</strong>{' '}
			<button className="button button--secondary" type="button" onClick={signOut}>
				Sign out
			</button>
		</p>
	);
}
