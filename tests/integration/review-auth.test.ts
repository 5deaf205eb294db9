import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import devSignIn from '../../functions/dev-sign-in.ts';
import reviewSession from '../../functions/review-session.ts';
import { DEV_SESSION_COOKIE } from '../../src/server/dev-sign-in.ts';
import {
	localContext,
	makeIdentityToken,
	makeUnsignedToken,
	tamperRoles,
	TEST_IDENTITY_SECRET,
} from '../support/identity.ts';
import { startBlobsServer, type TestBlobs } from '../support/blobs-server.ts';

const SITE = 'http://localhost:8851';
const sessionRequest = (headers: Record<string, string> = {}) =>
	new Request(`${SITE}/api/review/session`, { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const signIn = (body: unknown, origin = SITE, url = `${SITE}/api/dev-sign-in`) =>
	devSignIn(
		new Request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin },
			body: JSON.stringify(body),
		}),
		localContext(),
	);

const sessionCookie = (response: Response) => {
	const value = /review_dev_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
	if (!value) throw new Error('The sign-in set no session cookie.');

	return `${DEV_SESSION_COOKIE}=${value}`;
};

let blobs: TestBlobs;

beforeAll(async () => {
	blobs = await startBlobsServer();
});

afterAll(async () => {
	await blobs.stop();
});

beforeEach(() => {
	process.env.IDENTITY_JWT_SECRET = TEST_IDENTITY_SECRET;
});

afterEach(() => {
	delete process.env.IDENTITY_JWT_SECRET;
	delete process.env.REVIEW_DEV_SIGNIN;
});

describe('review sign-in with Netlify Identity tokens', () => {
	it('lets a reviewer in, from the bearer header or the nf_jwt cookie', async () => {
		const token = await makeIdentityToken();

		const fromHeader = await reviewSession(sessionRequest(bearer(token)), localContext());
		const fromCookie = await reviewSession(
			sessionRequest({ cookie: `nf_jwt=${token}` }),
			localContext(),
		);

		expect(fromHeader.status).toBe(200);
		expect(await fromHeader.json()).toEqual({
			reviewer: {
				id: 'user-reviewer@acss.example.org',
				email: 'reviewer@acss.example.org',
				name: 'Riley Reviewer',
			},
		});
		expect(fromCookie.status).toBe(200);
	});

	it('answers anonymous requests 401, never cached and not indexed', async () => {
		const response = await reviewSession(sessionRequest(), localContext());

		expect(response.status).toBe(401);
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
	});

	it.each([
		{ name: 'an editor', roles: ['editor'] },
		{ name: 'a user with no role', roles: [] },
	])('answers $name 403', async ({ roles }) => {
		const token = await makeIdentityToken({ roles });

		expect((await reviewSession(sessionRequest(bearer(token)), localContext())).status).toBe(403);
	});

	it.each([
		{
			name: 'forged with another secret',
			make: () => makeIdentityToken({ secret: 'someone-elses-secret-32-bytes-long!' }),
		},
		{
			name: 'tampered to add the reviewer role',
			make: async () => tamperRoles(await makeIdentityToken({ roles: ['editor'] })),
		},
		{ name: 'expired', make: () => makeIdentityToken({ expiresIn: -120 }) },
		{ name: 'unsigned (alg none)', make: async () => makeUnsignedToken() },
		{ name: 'not a token at all', make: async () => 'not-a-jwt' },
	])('answers a token $name 401', async ({ make }) => {
		const token = await make();

		expect((await reviewSession(sessionRequest(bearer(token)), localContext())).status).toBe(401);
	});

	it('refuses every token when the Identity secret is not configured', async () => {
		const token = await makeIdentityToken();
		delete process.env.IDENTITY_JWT_SECRET;

		expect((await reviewSession(sessionRequest(bearer(token)), localContext())).status).toBe(401);
	});
});

describe('the development sign-in', () => {
	it('signs a reviewer in on localhost when REVIEW_DEV_SIGNIN=1', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';

		const response = await signIn({
			name: 'Dana Dev',
			email: 'dana@acss.example.org',
			role: 'reviewer',
		});
		const session = await reviewSession(
			sessionRequest({ cookie: sessionCookie(response) }),
			localContext(),
		);

		expect(response.status).toBe(200);
		expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
		expect(session.status).toBe(200);
		expect((await session.json()).reviewer.name).toBe('Dana Dev');
	});

	it('answers 404 when REVIEW_DEV_SIGNIN is not set', async () => {
		expect(
			(await signIn({ name: 'Dana Dev', email: 'dana@acss.example.org', role: 'reviewer' })).status,
		).toBe(404);
	});

	it('answers 404 on a deployed host even with the setting on', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';
		const site = 'https://sro-certificate.netlify.app';

		const response = await signIn(
			{ name: 'D', email: 'd@acss.example.org', role: 'reviewer' },
			site,
			`${site}/api/dev-sign-in`,
		);

		expect(response.status).toBe(404);
	});

	it('ignores a development session once the setting is off', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';
		const cookie = sessionCookie(
			await signIn({ name: 'Dana Dev', email: 'dana@acss.example.org', role: 'reviewer' }),
		);
		delete process.env.REVIEW_DEV_SIGNIN;

		expect((await reviewSession(sessionRequest({ cookie }), localContext())).status).toBe(401);
	});

	it('ignores a development session sent to a non-local host', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';
		const cookie = sessionCookie(
			await signIn({ name: 'Dana Dev', email: 'dana@acss.example.org', role: 'reviewer' }),
		);
		const request = new Request('https://sro-certificate.netlify.app/api/review/session', {
			headers: { cookie },
		});

		expect((await reviewSession(request, localContext())).status).toBe(401);
	});

	it('refuses a sign-in posted from another origin (CSRF)', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';

		const response = await signIn(
			{ name: 'D', email: 'd@acss.example.org', role: 'reviewer' },
			'https://evil.example',
		);

		expect(response.status).toBe(403);
		expect(response.headers.get('set-cookie')).toBeNull();
	});

	it('gives an editor session that the review guard answers 403', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';
		const cookie = sessionCookie(
			await signIn({ name: 'Eddie Editor', email: 'e@acss.example.org', role: 'editor' }),
		);

		expect((await reviewSession(sessionRequest({ cookie }), localContext())).status).toBe(403);
	});

	it('answers a tampered development session 401', async () => {
		process.env.REVIEW_DEV_SIGNIN = '1';
		const cookie = sessionCookie(
			await signIn({ name: 'Eddie Editor', email: 'e@acss.example.org', role: 'editor' }),
		);
		const [name, token] = cookie.split('=');

		const tampered = `${name}=${tamperRoles(token ?? '')}`;

		expect((await reviewSession(sessionRequest({ cookie: tampered }), localContext())).status).toBe(
			401,
		);
	});
});
