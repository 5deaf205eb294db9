import { describe, expect, it } from 'vitest';
import { isDevSignInAllowed } from '../../src/server/dev-sign-in.ts';
import { localContext } from '../support/identity.ts';

const ON = { REVIEW_DEV_SIGNIN: '1' };
const request = (url: string) => new Request(url);

describe('the development sign-in fence', () => {
	it.each([
		'http://localhost:4321/api/dev-sign-in',
		'http://127.0.0.1:8850/api/dev-sign-in',
		'http://[::1]:8888/api/dev-sign-in',
	])('allows %s when REVIEW_DEV_SIGNIN=1 and there is no deploy context', (url) => {
		expect(isDevSignInAllowed(request(url), localContext(), ON)).toBe(true);
	});

	it('allows what the local runtime reports: context `dev`, CONTEXT=dev, DEPLOY_ID=0', () => {
		const env = { ...ON, CONTEXT: 'dev', DEPLOY_ID: '0' };

		expect(isDevSignInAllowed(request('http://localhost:8888/'), localContext('dev'), env)).toBe(
			true,
		);
	});

	it.each([
		'https://sro-certificate.netlify.app/api/dev-sign-in',
		'https://deploy-preview-7--sro-certificate.netlify.app/api/dev-sign-in',
		'http://localhost.evil.example/api/dev-sign-in',
		'http://127.0.0.2/api/dev-sign-in',
		'http://10.0.0.5:4321/api/dev-sign-in',
	])('refuses the host of %s even with the setting on', (url) => {
		expect(isDevSignInAllowed(request(url), localContext(), ON)).toBe(false);
	});

	it.each(['production', 'deploy-preview', 'branch-deploy'])(
		'refuses on localhost when the function reports the %s deploy context',
		(deployContext) => {
			expect(
				isDevSignInAllowed(request('http://localhost:4321/'), localContext(deployContext), ON),
			).toBe(false);
		},
	);

	it.each([
		{ name: 'CONTEXT=production', env: { CONTEXT: 'production' } },
		{ name: 'CONTEXT=deploy-preview', env: { CONTEXT: 'deploy-preview' } },
		{ name: 'NETLIFY=true', env: { NETLIFY: 'true' } },
		{ name: 'DEPLOY_ID', env: { DEPLOY_ID: '6571c0ffee' } },
	])('refuses on localhost when $name is set', ({ env }) => {
		expect(
			isDevSignInAllowed(request('http://localhost:4321/'), localContext(), { ...ON, ...env }),
		).toBe(false);
	});

	it.each([undefined, '', '0', 'true', 'yes'])('refuses when REVIEW_DEV_SIGNIN is %s', (value) => {
		expect(
			isDevSignInAllowed(request('http://localhost:4321/'), localContext(), {
				REVIEW_DEV_SIGNIN: value,
			}),
		).toBe(false);
	});
});
