/**
 * The local development sign-in for the review workspace (see src/server/dev-sign-in.ts).
 * Outside its fence it answers 404, as if it did not exist.
 *
 *   GET    whether it can be used here
 *   POST   { name, email, role } signs in; role "editor" or "none" exists to try refusals
 *   DELETE signs out
 */
import type { Config, Context } from '@netlify/functions';
import { AuthError, verifyRequestOrigin } from '@netlify/identity';
import { z } from 'zod';
import { REVIEWER_ROLE } from '../src/server/auth.ts';
import {
	DEV_SESSION_COOKIE,
	DEV_SESSION_SECONDS,
	isDevSignInAllowed,
	signDevSession,
} from '../src/server/dev-sign-in.ts';
import { reviewError, reviewJson } from '../src/server/review-http.ts';

const SignInSchema = z.object({
	name: z.string().trim().min(1).max(120),
	email: z.email().max(254),
	role: z.enum([REVIEWER_ROLE, 'editor', 'none']),
});

const cookie = (value: string, maxAge: number) =>
	`${DEV_SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`;

export default async (request: Request, context: Context) => {
	if (!isDevSignInAllowed(request, context)) return reviewError('Not found.', 404);

	if (request.method === 'GET') return reviewJson({ enabled: true });

	try {
		verifyRequestOrigin(request);
	} catch (error) {
		if (!(error instanceof AuthError)) throw error;

		return reviewError('This request came from another site and was refused.', 403);
	}

	if (request.method === 'DELETE')
		return reviewJson({ signedOut: true }, 200, { 'set-cookie': cookie('', 0) });

	const parsed = SignInSchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) return reviewJson(z.flattenError(parsed.error), 400);

	const { name, email, role } = parsed.data;
	const token = await signDevSession({ name, email, roles: role === 'none' ? [] : [role] });

	return reviewJson({ signedIn: true }, 200, { 'set-cookie': cookie(token, DEV_SESSION_SECONDS) });
};

export const config: Config = {
	path: '/api/dev-sign-in',
	method: ['GET', 'POST', 'DELETE'],
};
