/**
 * Netlify Identity's invitation and recovery emails link to /admin/ with a token in the hash
 * (templates in public/identity-emails/). Decap's sign-in page redeems neither token, so this
 * asks for a password first and redeems the token with @netlify/identity, which keeps the
 * session where Decap's git-gateway backend looks for it (gotrue-js's `gotrue.user`).
 */
import { acceptInvite, recoverPassword } from '@netlify/identity';

export interface IdentityLink {
	kind: 'invite' | 'recovery';
	token: string;
}

const TOKEN_IN_HASH = /^#(invite|recovery)_token=([\w.-]+)$/;

/**
 * @param hash `location.hash`
 * @returns the token an Identity email put in the link, or `null`
 */
export function readIdentityLink(hash: string): IdentityLink | null {
	const match = TOKEN_IN_HASH.exec(hash);
	if (!match?.[1] || !match[2]) return null;

	return { kind: match[1] as IdentityLink['kind'], token: match[2] };
}

/**
 * Shows the password form until the token is redeemed.
 *
 * @param form the page's password form, hidden until needed
 * @param link the token from the email's link
 * @returns when the editor's password is set and the editor is signed in
 */
export function redeemIdentityLink(form: HTMLFormElement, link: IdentityLink): Promise<void> {
	const $password = form.querySelector<HTMLInputElement>('input[type="password"]');
	const $error = form.querySelector<HTMLElement>('[role="alert"]');
	const $heading = form.querySelector<HTMLElement>('h1');
	if (!$password || !$error || !$heading)
		throw new Error('The password form on /admin/ is incomplete.');

	if (link.kind === 'recovery') $heading.textContent = 'Choose a new password';
	form.hidden = false;
	$password.focus();

	return new Promise((resolve) => {
		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			$error.textContent = '';
			try {
				if (link.kind === 'invite') await acceptInvite(link.token, $password.value);
				else await recoverPassword(link.token, $password.value);
			} catch {
				$error.textContent =
					'That did not work: the link may have expired. Ask an ACSS administrator for a new invitation, or try a longer password.';
				$password.focus();

				return;
			}
			form.remove();
			history.replaceState(null, '', '/admin/');
			resolve();
		});
	});
}
