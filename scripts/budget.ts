/**
 * Checks the budgets of issue "Public program site" and prints each figure against its budget:
 *
 * - content pages ship no JavaScript;
 * - every public page but the roster transfers at most 60 KB compressed (HTML, CSS, JS, fonts),
 *   judged on brotli, which Netlify sends to every current browser (gzip is printed beside it);
 * - `astro build` with a generated roster of 10,000 officers finishes in under 90 s;
 * - the roster search answers a keystroke in under 50 ms at that size, in Chromium.
 *
 * Exits with status 1 when a budget is broken. Sizes are read from dist/, so build first.
 *
 *   npm run build && npm run budget [-- --sizes-only] [-- --count 10000]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser.ts';
import { isContentPage, listPages, measurePage } from './page-weight.ts';

const ASTRO_BIN = 'node_modules/astro/bin/astro.mjs';
// FIXME: /apply/ and /status/ are over this budget (about 100 KB and 93 KB brotli), and cannot
// meet it while their islands use React: react and react-dom alone weigh 58 KB brotli, leaving
// 2 KB for the HTML, the stylesheet, the form and zod. Meeting it on /apply/, whose form is a
// React island by design, needs a decision by the product's owners: render it with Preact's React
// compatibility layer, or give pages with islands their own budget, as the roster has. /status/
// could instead drop React for two small plain scripts.
const PAGE_BUDGET_BYTES = 60 * 1024;
const BUILD_BUDGET_MS = 90_000;
const KEYSTROKE_BUDGET_MS = 50;
/** Typed one key at a time into the roster search; each key changes the results. */
const QUERIES = ['wesley', 'pena', 'conway police', 'acss-3-2019'];

const { values } = parseArgs({
	options: {
		'sizes-only': { type: 'boolean', default: false },
		count: { type: 'string', default: '10000' },
		port: { type: 'string', default: '8829' },
	},
});

let isWithinBudgets = true;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const report = (label: string, figure: string, budget: string, isOk: boolean) => {
	if (!isOk) isWithinBudgets = false;
	console.log(
		`${isOk ? 'ok  ' : 'OVER'}  ${label.padEnd(56)} ${figure.padStart(12)}  (budget ${budget})`,
	);
};

/** Page weights and scripts, on the build in dist/. */
function checkPages(): void {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ has no build: run `npm run build` before `npm run budget`.');
	}
	// The CMS is neither public nor content, and weighing Decap's bundle takes long.
	const pages = listPages('dist')
		.filter((url) => !url.startsWith('/admin/'))
		.map((url) => measurePage('dist', url));
	const contentPages = pages.filter((page) => isContentPage(page.url));
	const withScripts = contentPages.filter((page) => page.scriptCount > 0);
	report(
		`content pages with JavaScript (of ${contentPages.length})`,
		String(withScripts.length),
		'0',
		withScripts.length === 0,
	);
	for (const page of withScripts) console.log(`      ${page.url} has ${page.scriptCount} scripts`);

	// The committee's workspace is behind sign-in: not a public page.
	const budgeted = pages.filter(
		(page) => page.url !== '/roster/' && !page.url.startsWith('/review/'),
	);
	const heaviest = [...budgeted].sort((a, b) => b.total.brotli - a.total.brotli);
	const officerPages = heaviest.filter((page) =>
		/^\/roster\/(?!no-such-certificate\/)[^/]+\/$/.test(page.url),
	);
	const otherPages = heaviest.filter((page) => !officerPages.includes(page));
	// Officer pages all share one template: the heaviest stands for the rest.
	for (const page of [...otherPages, ...officerPages.slice(0, 1)]) {
		const label =
			officerPages[0] === page
				? `${page.url} (heaviest of ${officerPages.length} officer pages)`
				: page.url;
		const figure = `${kb(page.total.gzip)} gz / ${kb(page.total.brotli)} br`;
		report(label, figure, `${kb(PAGE_BUDGET_BYTES)} br`, page.total.brotli <= PAGE_BUDGET_BYTES);
	}

	const roster = pages.find((page) => page.url === '/roster/');
	if (roster) {
		const index = readFileSync('dist/roster/search-index.json');
		console.log(
			`info  /roster/ (no budget) ${kb(roster.total.gzip)} gz page and scripts, ` +
				`${kb(gzipSync(index).length)} gz / ${kb(brotliCompressSync(index).length)} br search index`,
		);
	}
}

/** Runs a command and resolves with its duration, or rejects with its output when it fails. */
function timeCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	const started = performance.now();
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => {
		output = (output + chunk).slice(-4000);
	});
	child.stderr.on('data', (chunk) => {
		output = (output + chunk).slice(-4000);
	});

	return new Promise((resolve, reject) => {
		child.on('close', (code) => {
			if (code === 0) resolve(performance.now() - started);
			else reject(new Error(`${command} ${args.join(' ')} failed with status ${code}:\n${output}`));
		});
	});
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
};

/** Serves a build folder as plain static files: the timing needs the files, not the headers. */
function serveStatic(root: string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		if (!file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});

	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/**
 * Types each query one key at a time and measures, in the page, from each trusted input event
 * to the moment the island has committed and the browser has laid the page out again.
 */
async function measureKeystrokes(baseURL: string): Promise<number[]> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage();
		await page.goto(`${baseURL}/roster/`);
		const search = page.getByRole('searchbox', { name: 'Search the roster' });
		await search.waitFor();
		// One query first, unmeasured, so the figures are not those of code still being compiled.
		await search.pressSequentially('warm up', { delay: 60 });
		await page.evaluate(() => {
			const timings: number[] = [];
			Object.assign(window, { keystrokeTimings: timings });
			document.addEventListener(
				'input',
				(event) => {
					// React commits this update in a microtask; a message runs after it, unclamped.
					const channel = new MessageChannel();
					channel.port1.onmessage = () => {
						document.body.getBoundingClientRect();
						timings.push(performance.now() - event.timeStamp);
					};
					channel.port2.postMessage(null);
				},
				{ capture: true },
			);
		});
		for (const query of QUERIES) {
			await search.fill('');
			await search.pressSequentially(query, { delay: 60 });
		}

		return await page.evaluate(
			() => (window as unknown as { keystrokeTimings: number[] }).keystrokeTimings,
		);
	} finally {
		await browser.close();
	}
}

/** Builds a generated roster of `count` officers in a temporary folder, times it, and times the search. */
async function checkLargeRoster(count: number, port: number): Promise<void> {
	const folder = mkdtempSync(join(tmpdir(), 'sro-budget-'));
	try {
		const officersDir = join(folder, 'officers');
		const outDir = join(folder, 'dist');
		await timeCommand(
			process.execPath,
			['scripts/generate-roster.ts', '--count', String(count), '--out', officersDir],
			{},
		);
		// Its own cache folder, so the build starts cold and leaves the normal build's cache alone.
		const buildMs = await timeCommand(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], {
			OFFICERS_DIR: officersDir,
			ASTRO_CACHE_DIR: join(folder, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		report(
			`build with ${count} officers`,
			`${(buildMs / 1000).toFixed(1)} s`,
			`${BUILD_BUDGET_MS / 1000} s`,
			buildMs < BUILD_BUDGET_MS,
		);

		const server = await serveStatic(outDir, port);
		try {
			const timings = await measureKeystrokes(`http://localhost:${port}`);
			const sorted = [...timings].sort((a, b) => a - b);
			const at = (share: number) =>
				sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? Number.NaN;
			console.log(
				`info  ${timings.length} keystrokes: median ${at(0.5).toFixed(1)} ms, slowest ${at(1).toFixed(1)} ms`,
			);
			// The 90th percentile, not the slowest: on a shared 2-core machine one keystroke in ten
			// can wait on another process, which says nothing about the search.
			report(
				`search keystroke, 90th percentile, ${count} officers`,
				`${at(0.9).toFixed(1)} ms`,
				`${KEYSTROKE_BUDGET_MS} ms`,
				at(0.9) < KEYSTROKE_BUDGET_MS,
			);
		} finally {
			server.close();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

checkPages();
if (!values['sizes-only']) await checkLargeRoster(Number(values.count), Number(values.port));
console.log(isWithinBudgets ? 'All budgets met.' : 'A budget is broken.');
process.exitCode = isWithinBudgets ? 0 : 1;
