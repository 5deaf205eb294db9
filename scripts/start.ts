/**
 * Runs the whole product locally with one command: the site with its functions and Blobs
 * (astro dev with @netlify/vite-plugin) and Decap's local backend (decap-server), which writes
 * CMS edits straight into content/. Ctrl-C stops both.
 *
 *   npm start
 */
import { spawn, type ChildProcess } from 'node:child_process';

const SITE_PORT = process.env.PORT ?? '4321';
const CMS_PORT = '8081';

const children: ChildProcess[] = [
	// REVIEW_DEV_SIGNIN turns on the review workspace's local sign-in (localhost only; see src/server/dev-sign-in.ts).
	spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', SITE_PORT], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REVIEW_DEV_SIGNIN: '1' },
	}),
	// DECAP_MODE=git keeps Decap's editorial workflow locally: drafts become cms/… branches of this
	// checkout and Publish merges them into the current branch. The default fs mode writes at once.
	spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		// BIND_HOST keeps it on this machine: its API writes to the checkout and asks for no sign-in.
		env: {
			...process.env,
			PORT: CMS_PORT,
			BIND_HOST: '127.0.0.1',
			MODE: process.env.DECAP_MODE ?? 'fs',
		},
	}),
];

/** Prints the URLs once the site answers: astro dev takes half a minute on a cold start. */
async function announceWhenReady(): Promise<void> {
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		const isUp = await fetch(`http://localhost:${SITE_PORT}/`).then(
			(response) => response.ok,
			() => false,
		);
		if (isUp) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	console.log(`
  SRO Certificate Program is running locally:
    Site                http://localhost:${SITE_PORT}/
    Apply               http://localhost:${SITE_PORT}/apply/
    Review workspace    http://localhost:${SITE_PORT}/review/
    CMS (local backend) http://localhost:${SITE_PORT}/admin/
    decap-server        http://localhost:${CMS_PORT}/api/v1
  Emails go to the local outbox (.netlify/outbox/) unless RESEND_API_KEY is set.
  Press Ctrl-C to stop.
`);
}

void announceWhenReady();

let stopping = false;
const stop = (code: number) => {
	if (stopping) return;
	stopping = true;
	for (const child of children) child.kill('SIGTERM');
	setTimeout(() => process.exit(code), 1500).unref();
};

for (const child of children) {
	child.on('exit', (code) => stop(code ?? 0));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
