// @ts-check
import netlify from '@netlify/vite-plugin';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: process.env.URL ?? 'http://localhost:4321',
	output: 'static',
	trailingSlash: 'always',
	integrations: [react()],
	build: {
		// Every stylesheet is a file, so the Content-Security-Policy needs no inline style hashes.
		inlineStylesheets: 'never',
	},
	vite: {
		plugins: [
			netlify({
				// Neither is used; left on, they try to download Deno and start a Postgres emulation.
				edgeFunctions: { enabled: false },
				database: { enabled: false },
				// The geolocation look-up goes to a public service and waits 10 s when offline.
				geolocation: { enabled: false },
			}),
		],
	},
});
