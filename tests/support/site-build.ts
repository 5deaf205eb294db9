/**
 * Builds the site from a temporary copy of content/ into a folder of its own, so tests can change
 * content (a CMS edit, a broken file) without touching content/ or the dist/ other tests serve.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SiteBuildOptions {
	/** The content folder to build from. */
	contentDir: string;
	/** Where the built pages go. */
	outDir: string;
	/** Extra environment, such as TZ. */
	env?: Record<string, string>;
}

export interface SiteBuildResult {
	status: number | null;
	/** stdout and stderr together, as a person would read them. */
	output: string;
}

/**
 * @param prefix the start of the temporary folder's name
 * @returns a new temporary folder holding `content/`, a copy of the repository's content
 */
export function copyContent(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	cpSync('content', join(folder, 'content'), { recursive: true });

	return folder;
}

/**
 * Runs `astro build` with CONTENT_DIR pointing at a content copy.
 *
 * @returns the exit status and everything the build printed
 */
export function buildSite({
	contentDir,
	outDir,
	env = {},
}: SiteBuildOptions): Promise<SiteBuildResult> {
	const child = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
		{
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				CONTENT_DIR: contentDir,
				// A content store of its own, so this build neither reads nor rewrites the main one.
				ASTRO_CACHE_DIR: `${outDir}-astro-cache`,
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let output = '';
	child.stdout.on('data', (chunk) => {
		output += chunk;
	});
	child.stderr.on('data', (chunk) => {
		output += chunk;
	});

	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}
