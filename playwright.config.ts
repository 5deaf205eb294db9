import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/browser.ts';

const PORT = Number(process.env.E2E_PORT ?? 8888);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
			},
		},
	],
	webServer: {
		// The built site, served as Netlify serves it, with a fresh Blobs store and outbox.
		command: `node scripts/serve.ts --port ${PORT} --fresh`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		// REVIEW_DEV_SIGNIN lets tests sign in to the review workspace on localhost (src/server/dev-sign-in.ts).
		env: { ASTRO_TELEMETRY_DISABLED: '1', REVIEW_DEV_SIGNIN: '1' },
	},
});
