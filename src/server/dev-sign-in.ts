/**
 * The development sign-in for the review workspace. Netlify Identity cannot run on a developer's
 * machine, so locally a reviewer signs in with a session this module signs itself.
 *
 * It is fenced three ways, and every one must pass on every request:
 * 1. the explicit local setting REVIEW_DEV_SIGNIN=1 (set by scripts/start.ts and the e2e server);
 * 2. the request is addressed to localhost, 127.0.0.1 or [::1];
 * 3. no Netlify deploy or build context is present (a deployed function always has one).
 */
import { randomBytes } from 'node:crypto';
import { getStore } from '@netlify/blobs';
import type { Context } from '@netlify/functions';
import { jwtVerify, SignJWT } from 'jose';

/** The cookie holding a development session; never accepted outside the fence. */
export const DEV_SESSION_COOKIE = 'review_dev_session';

const DEV_ISSUER = 'sro-review-dev-sign-in';
const DEV_KEY_STORE = 'review-dev-sign-in';
const DEV_KEY = 'signing-key';
const DEV_SESSION_HOURS = 8;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Deploy contexts that mean "running on a developer's machine". */
const LOCAL_CONTEXTS = new Set(['', 'dev']);

export interface DevSignInEnvironment {
	REVIEW_DEV_SIGNIN?: string | undefined;
	CONTEXT?: string | undefined;
	NETLIFY?: string | undefined;
	DEPLOY_ID?: string | undefined;
}

/**
 * @param request the incoming request
 * @param context the function context (its deploy context is empty or `dev` locally)
 * @param env the process environment
 * @returns whether the development sign-in may be used for this request
 */
export function isDevSignInAllowed(
	request: Request,
	context: Pick<Context, 'deploy'> | undefined,
	env: DevSignInEnvironment = process.env,
): boolean {
	if (env.REVIEW_DEV_SIGNIN !== '1') return false;

	const { hostname } = new URL(request.url);
	if (!LOCAL_HOSTS.has(hostname)) return false;

	// Netlify sets these in builds and deployed functions; any one of them means "not local".
	// The local runtime (@netlify/dev 5) emulates DEPLOY_ID as "0", so only a real id counts.
	if (env.NETLIFY === 'true' || (env.DEPLOY_ID && env.DEPLOY_ID !== '0')) return false;
	if (env.CONTEXT !== undefined && !LOCAL_CONTEXTS.has(env.CONTEXT)) return false;

	return LOCAL_CONTEXTS.has(context?.deploy?.context ?? '');
}

/**
 * The key that signs development sessions: random per local store, kept in Blobs so every function
 * shares it. A session token from one checkout means nothing to another.
 * (Not a file under .netlify/: Netlify's bundler traces such paths and would pack that folder.)
 */
async function getDevKey(): Promise<Uint8Array> {
	const store = getStore(DEV_KEY_STORE);
	const existing = await store.get(DEV_KEY, { type: 'arrayBuffer' });
	if (existing) return new Uint8Array(existing);

	await store.set(DEV_KEY, new Uint8Array(randomBytes(32)).buffer, { onlyIfNew: true });
	const created = await store.get(DEV_KEY, { type: 'arrayBuffer' });
	if (!created)
		throw new Error('The development sign-in key could not be stored in the local Blobs store.');

	return new Uint8Array(created);
}

export interface DevSessionOptions {
	email: string;
	name: string;
	roles: string[];
}

/**
 * @param options who the session is for and which roles it carries
 * @returns a signed session token, shaped like a Netlify Identity token
 */
export async function signDevSession({ email, name, roles }: DevSessionOptions): Promise<string> {
	return new SignJWT({
		email,
		app_metadata: { provider: 'email', roles },
		user_metadata: { full_name: name },
	})
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuer(DEV_ISSUER)
		.setSubject(`dev:${email}`)
		.setIssuedAt()
		.setExpirationTime(`${DEV_SESSION_HOURS}h`)
		.sign(await getDevKey());
}

/**
 * @param token a development session token
 * @returns its claims, or `null` when it is forged, tampered with or expired
 */
export async function verifyDevSession(token: string): Promise<Record<string, unknown> | null> {
	try {
		const { payload } = await jwtVerify(token, await getDevKey(), {
			algorithms: ['HS256'],
			issuer: DEV_ISSUER,
			requiredClaims: ['exp', 'sub'],
		});

		return payload;
	} catch {
		return null;
	}
}

/** The session cookie's lifetime, for Max-Age. */
export const DEV_SESSION_SECONDS = DEV_SESSION_HOURS * 60 * 60;
