/**
 * Measures what each built page transfers: its HTML and every stylesheet, script and font it
 * loads, compressed with gzip and with brotli as a server would send them. Used by
 * scripts/budget.ts and by tests/e2e/budget.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Compressed sizes in bytes. */
export interface TransferSize {
	gzip: number;
	brotli: number;
}

export interface PageWeightResult {
	/** The page's URL path, for example /levels/basic/ */
	url: string;
	/** Inline and external scripts in the HTML, and scripts an island loads. */
	scriptCount: number;
	/** Every file the page loads besides its HTML, as site paths. */
	assets: string[];
	/** HTML plus assets. */
	total: TransferSize;
}

/** Pages that are applications rather than content: they may ship JavaScript. */
const APP_PAGES = [/^\/roster\/$/, /^\/apply\//, /^\/status\//, /^\/review\//, /^\/admin\//];

/**
 * @param url a page's URL path
 * @returns whether the page is content, which must ship no JavaScript
 */
export const isContentPage = (url: string): boolean =>
	!APP_PAGES.some((pattern) => pattern.test(url));

/**
 * @param distDir the build output
 * @returns every HTML page in it, as URL paths such as / and /roster/no-such-certificate/
 */
export function listPages(distDir: string): string[] {
	const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });

	return files
		.filter((file) => file.endsWith('.html'))
		.map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}

const compress = (bytes: Buffer): TransferSize => ({
	gzip: gzipSync(bytes, { level: 9 }).length,
	brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

// Pages share their stylesheets and scripts; brotli at quality 11 is slow, so each file is
// compressed once.
const assetSizes = new Map<string, { size: TransferSize; text: string }>();
const readAsset = (distDir: string, path: string) => {
	const key = join(distDir, path);
	let asset = assetSizes.get(key);
	if (!asset) {
		const bytes = readFileSync(key);
		asset = { size: compress(bytes), text: bytes.toString('utf8') };
		assetSizes.set(key, asset);
	}

	return asset;
};

const attributeValues = (html: string, pattern: RegExp) =>
	[...html.matchAll(pattern)]
		.map((match) => match[1] ?? '')
		.filter((value) => value.startsWith('/'));

/** The same-site files a page's HTML loads directly. */
function findHtmlAssets(html: string): { scripts: string[]; others: string[] } {
	const scripts = [
		...attributeValues(html, /<script\b[^>]*\bsrc="([^"]+)"/g),
		...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
		// An island loads its component and its framework renderer when it hydrates.
		...attributeValues(html, /<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g),
		...attributeValues(html, /<astro-island\b[^>]*\brenderer-url="([^"]+)"/g),
	];
	const others = [
		...attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
		...attributeValues(html, /<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g),
		...attributeValues(html, /<link\b[^>]*rel="preload"[^>]*href="([^"]+)"/g),
	];

	return { scripts, others };
}

/** Files a script or stylesheet pulls in: static imports, @import and url() of fonts. */
function findNestedAssets(path: string, text: string): string[] {
	const base = path.slice(0, path.lastIndexOf('/') + 1);
	const resolve = (target: string) => new URL(target, `http://site${base}`).pathname;
	if (path.endsWith('.js')) {
		return [...text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) =>
			resolve(match[1] ?? ''),
		);
	}

	return [...text.matchAll(/(?:@import\s+|url\()\s*["']?([^"')\s]+\.(?:css|woff2?|ttf|otf))/g)].map(
		(match) => resolve(match[1] ?? ''),
	);
}

/**
 * @param distDir the build output
 * @param url a page's URL path, as listPages gives it
 * @returns what the page transfers, compressed
 */
export function measurePage(distDir: string, url: string): PageWeightResult {
	const file = join(distDir, url.endsWith('/') ? `${url}index.html` : url);
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const { scripts, others } = findHtmlAssets(text);
	const inlineScripts = [...text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)].length;
	const queue = [...scripts, ...others];
	const seen = new Set<string>();
	const total = compress(html);

	while (queue.length > 0) {
		const path = queue.shift() ?? '';
		if (seen.has(path)) continue;
		seen.add(path);
		const { size, text: assetText } = readAsset(distDir, path);
		total.gzip += size.gzip;
		total.brotli += size.brotli;
		queue.push(...findNestedAssets(path, assetText));
	}
	const assets = [...seen];

	return {
		url,
		scriptCount: inlineScripts + assets.filter((path) => path.endsWith('.js')).length,
		assets,
		total,
	};
}
