/**
 * Tokens shaped like Netlify Identity's, signed with a test secret, so the review guard can be
 * tried with good, wrong-role, forged, tampered and expired sign-ins.
 */
import { SignJWT } from 'jose';

export const TEST_IDENTITY_SECRET = 'test-identity-secret-of-at-least-32-bytes';

export interface TestTokenOptions {
	roles?: string[];
	email?: string;
	name?: string;
	secret?: string;
	/** Seconds from now; negative for a token that has already expired. */
	expiresIn?: number;
}

/** @returns a signed Identity-like access token */
export async function makeIdentityToken({
	roles = ['reviewer'],
	email = 'reviewer@acss.example.org',
	name = 'Riley Reviewer',
	secret = TEST_IDENTITY_SECRET,
	expiresIn = 3600,
}: TestTokenOptions = {}): Promise<string> {
	const now = Math.floor(Date.now() / 1000);

	return new SignJWT({
		email,
		app_metadata: { provider: 'email', roles },
		user_metadata: { full_name: name },
	})
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setSubject(`user-${email}`)
		.setIssuedAt(now - 60)
		.setExpirationTime(now + expiresIn)
		.sign(new TextEncoder().encode(secret));
}

/** @returns the token with its payload changed to claim the reviewer role, signature kept */
export function tamperRoles(token: string): string {
	const [header, payload, signature] = token.split('.');
	const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
	claims.app_metadata = { ...claims.app_metadata, roles: ['reviewer', 'admin'] };

	return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

/** @returns an unsigned token (`alg: none`) claiming the reviewer role */
export function makeUnsignedToken(): string {
	const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
	const exp = Math.floor(Date.now() / 1000) + 3600;

	return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'x', exp, app_metadata: { roles: ['reviewer'] } })}.`;
}

/** A context object like the one Netlify passes to a function, running locally. */
export const localContext = (deployContext = '') =>
	({
		deploy: { context: deployContext, id: '', published: false },
		requestId: 'test-request',
	}) as never;
