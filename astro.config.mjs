// @ts-check
import netlify from '@netlify/vite-plugin';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { adaptForAstroDev } from './scripts/netlify-vite-plugin.ts';

export default defineConfig({
	site: process.env.URL ?? 'http://localhost:4321',
	output: 'static',
	// Not 'always': under astro dev that answers 404 to every path without a trailing slash before
	// @netlify/vite-plugin's middleware runs, which hid every /api/ function from `npm start`.
	// Pages are still built as folders and linked with their trailing slash.
	trailingSlash: 'ignore',
	// Astro's default cache, node_modules/.astro, holds the content data store. Git worktrees that
	// share one node_modules would then share (and race on) one store; a cache per checkout avoids
	// that, and ASTRO_CACHE_DIR lets the budget script's 10,000-officer build keep its own.
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './.astro/cache',
	integrations: [react()],
	build: {
		// Every stylesheet is a file, so the Content-Security-Policy needs no inline style hashes.
		inlineStylesheets: 'never',
	},
	vite: {
		plugins: [
			// Uploads intact, and no Content-Security-Policy in development: see the file.
			...adaptForAstroDev(
				netlify({
					// Neither is used; left on, they try to download Deno and start a Postgres emulation.
					edgeFunctions: { enabled: false },
					database: { enabled: false },
					// The geolocation look-up goes to a public service and waits 10 s when offline.
					geolocation: { enabled: false },
				}),
			),
		],
	},
});
