/**
 * Who may use the review workspace: a signed-in user whose Netlify Identity app_metadata.roles
 * holds `reviewer`. Every function under /api/review/ starts with `authorizeReviewer`;
 * tests/integration/review-guard.test.ts finds those functions by reading functions/ and proves
 * each one refuses anonymous, wrong-role and forged requests.
 */
import type { Context } from '@netlify/functions';
import { AuthError, verifyRequestOrigin } from '@netlify/identity';
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { DEV_SESSION_COOKIE, isDevSignInAllowed, verifyDevSession } from './dev-sign-in.ts';
import { reviewError } from './review-http.ts';

export const REVIEWER_ROLE = 'reviewer';

/** The cookie Netlify Identity (and @netlify/identity's login) keeps the access token in. */
const IDENTITY_COOKIE = 'nf_jwt';

const ClaimsSchema = z.object({
	sub: z.string().min(1),
	email: z.string().optional(),
	app_metadata: z
		.object({ roles: z.array(z.string()).optional() })
		.loose()
		.optional(),
	user_metadata: z.object({ full_name: z.string().optional() }).loose().optional(),
});

/** The signed-in reviewer, as decisions and the history record them. */
export interface Reviewer {
	id: string;
	email: string;
	name: string;
}

export type AuthorizeResult = { ok: true; reviewer: Reviewer } | { ok: false; response: Response };

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * @param request the incoming request
 * @param name a cookie name
 * @returns the cookie's value, or `null`
 */
export function readCookie(request: Request, name: string): string | null {
	const header = request.headers.get('cookie') ?? '';
	for (const part of header.split(';')) {
		const [key, ...value] = part.trim().split('=');
		if (key === name) return decodeURIComponent(value.join('='));
	}

	return null;
}

/**
 * Verifies a Netlify Identity access token. Identity (GoTrue) signs its tokens with HS256 and the
 * site's JWT secret, which the site's environment holds as IDENTITY_JWT_SECRET.
 * TODO: This path has not been run against a live Identity instance, because Identity cannot run
 * on a development machine; check it on the first deploy preview by signing in as a reviewer.
 */
async function verifyIdentityToken(token: string): Promise<Record<string, unknown> | null> {
	const secret = process.env.IDENTITY_JWT_SECRET;
	if (!secret) {
		console.error(
			JSON.stringify({
				msg: 'IDENTITY_JWT_SECRET is not set: every reviewer is refused',
				step: 'auth',
			}),
		);

		return null;
	}
	try {
		const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
			algorithms: ['HS256'],
			requiredClaims: ['exp', 'sub'],
		});

		return payload;
	} catch {
		return null;
	}
}

/**
 * Finds and verifies the caller's token: an Identity token (bearer header or nf_jwt cookie) or,
 * only where the development sign-in is allowed, a development session.
 */
async function getClaims(request: Request, context: Context | undefined) {
	const isDev = isDevSignInAllowed(request, context);
	const devToken = isDev ? readCookie(request, DEV_SESSION_COOKIE) : null;
	if (devToken) return { hasToken: true, claims: await verifyDevSession(devToken) };

	const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
	const token = bearer ?? readCookie(request, IDENTITY_COOKIE);
	if (!token) return { hasToken: false, claims: null };

	return { hasToken: true, claims: await verifyIdentityToken(token) };
}

/**
 * The guard of every review function: 401 for anonymous or unverifiable callers, 403 for a user
 * without the reviewer role, 403 for a state-changing request from another origin (CSRF).
 *
 * @param request the incoming request
 * @param context the function context
 * @returns the reviewer, or the response to send instead
 */
export async function authorizeReviewer(
	request: Request,
	context?: Context,
): Promise<AuthorizeResult> {
	const { hasToken, claims } = await getClaims(request, context);
	if (!claims) {
		const message = hasToken
			? 'Your sign-in could not be verified or has expired. Sign in again.'
			: 'Sign in to use the review workspace.';

		return { ok: false, response: reviewError(message, 401) };
	}

	const parsed = ClaimsSchema.safeParse(claims);
	if (!parsed.success) {
		return {
			ok: false,
			response: reviewError('Your sign-in could not be verified. Sign in again.', 401),
		};
	}

	const roles = parsed.data.app_metadata?.roles ?? [];
	if (!roles.includes(REVIEWER_ROLE)) {
		const message =
			'Your account does not have the reviewer role. Ask the program administrator for access.';

		return { ok: false, response: reviewError(message, 403) };
	}

	if (STATE_CHANGING.has(request.method)) {
		try {
			verifyRequestOrigin(request);
		} catch (error) {
			if (!(error instanceof AuthError)) throw error;

			return {
				ok: false,
				response: reviewError('This request came from another site and was refused.', 403),
			};
		}
	}

	const email = parsed.data.email ?? '';
	const name = parsed.data.user_metadata?.full_name?.trim() || email || parsed.data.sub;

	return { ok: true, reviewer: { id: parsed.data.sub, email, name } };
}
