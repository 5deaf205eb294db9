/**
 * Every function under /api/review/ must refuse anonymous, wrong-role and forged callers. The
 * functions are found by reading functions/, so a new route is covered the moment it is added.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config, Context } from '@netlify/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localContext, makeIdentityToken, TEST_IDENTITY_SECRET } from '../support/identity.ts';

type Handler = (request: Request, context: Context) => Promise<Response>;
interface Route {
	file: string;
	path: string;
	method: string;
	handler: Handler;
}

const SITE = 'http://localhost:8851';
const SAMPLE_PARAMS: Record<string, string> = {
	reference: 'SRO-2026-00001',
	document: 'upl_abcdefghijkl',
};

const routes: Route[] = [];
for (const file of readdirSync('functions').filter((name) => name.endsWith('.ts'))) {
	const module = (await import(pathToFileURL(join('functions', file)).href)) as {
		default: Handler;
		config?: Config;
	};
	const paths = [module.config?.path ?? []].flat();
	const methods = [module.config?.method ?? ['GET', 'POST']].flat();
	for (const path of paths.filter((item) => item.startsWith('/api/review/'))) {
		for (const method of methods) routes.push({ file, path, method, handler: module.default });
	}
}

const urlOf = (path: string) =>
	SITE +
	path.replace(/:(\w+)\*?/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x').replace(/\*$/, '');

const call = (route: Route, headers: Record<string, string>) =>
	route.handler(
		new Request(urlOf(route.path), {
			method: route.method,
			headers: { origin: SITE, ...headers },
			...(route.method === 'GET' || route.method === 'HEAD' ? {} : { body: '{}' }),
		}),
		localContext(),
	);

beforeAll(() => {
	process.env.IDENTITY_JWT_SECRET = TEST_IDENTITY_SECRET;
});

afterAll(() => {
	delete process.env.IDENTITY_JWT_SECRET;
});

describe('every /api/review/ function', () => {
	it('is found in functions/', () => {
		expect(routes.map((route) => route.path)).toContain('/api/review/session');
	});

	it.each(routes)('$method $path ($file) answers an anonymous request 401', async (route) => {
		expect((await call(route, {})).status).toBe(401);
	});

	it.each(routes)('$method $path ($file) answers an editor 403', async (route) => {
		const token = await makeIdentityToken({ roles: ['editor'] });

		expect((await call(route, { authorization: `Bearer ${token}` })).status).toBe(403);
	});

	it.each(routes)('$method $path ($file) answers a forged reviewer token 401', async (route) => {
		const token = await makeIdentityToken({ secret: 'a-forger-guessing-the-secret-wrongly' });

		expect((await call(route, { authorization: `Bearer ${token}` })).status).toBe(401);
	});

	it.each(routes.filter((route) => route.method !== 'GET'))(
		'$method $path ($file) answers a reviewer posting from another origin 403 (CSRF)',
		async (route) => {
			const token = await makeIdentityToken();

			expect(
				(await call(route, { authorization: `Bearer ${token}`, origin: 'https://evil.example' }))
					.status,
			).toBe(403);
		},
	);
});
