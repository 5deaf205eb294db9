/**
 * Adapts @netlify/vite-plugin to `npm start` (astro dev). Its middleware serves the functions and
 * Blobs, and also gives every page the headers of netlify.toml. Two things need changing there:
 *
 * - binary function bodies (uploads) reach the functions intact (see scripts/netlify-dev-body.ts);
 * - pages lose the Content-Security-Policy, which would block the inline styles and scripts Vite
 *   injects in development. The built site keeps it: tests/e2e/security-headers.spec.ts checks it
 *   on `npm run serve`, as deployed.
 */
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin, ViteDevServer } from 'vite';
import { needsBase64Body, toBase64BodyRequest } from './netlify-dev-body.ts';

const withoutPolicy = (response: ServerResponse): ServerResponse => {
	const setHeader = response.setHeader.bind(response);

	return Object.assign(response, {
		setHeader: (name: string, value: number | string | readonly string[]) =>
			name.toLowerCase() === 'content-security-policy' ? response : setHeader(name, value),
	});
};

const adapt =
	(handler: Connect.NextHandleFunction): Connect.NextHandleFunction =>
	async (request, response, next) =>
		handler(
			needsBase64Body(request) ? await toBase64BodyRequest(request) : request,
			withoutPolicy(response),
			next,
		);

/**
 * @param plugins what `netlify()` from @netlify/vite-plugin returns
 * @returns the same plugins, with their development middleware adapted as described above
 */
export function adaptForAstroDev(plugins: Plugin[]): Plugin[] {
	return plugins.map((plugin) => {
		const { configureServer } = plugin;
		if (typeof configureServer !== 'function') return plugin;

		return {
			...plugin,
			configureServer(server: ViteDevServer) {
				const use = server.middlewares.use.bind(server.middlewares);
				const middlewares = new Proxy(server.middlewares, {
					get: (target, key) =>
						key === 'use'
							? (handler: Connect.NextHandleFunction) => use(adapt(handler))
							: Reflect.get(target, key),
				});
				const adapted = new Proxy(server, {
					get: (target, key) => (key === 'middlewares' ? middlewares : Reflect.get(target, key)),
				});

				return configureServer.call(this, adapted);
			},
		};
	});
}
