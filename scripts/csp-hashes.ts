/**
 * Prints the Content-Security-Policy hashes of the inline script and style Astro writes into
 * every page that hosts an island, for netlify.toml's script-src and style-src on the paths
 * that can have islands. Run it after upgrading Astro: tests/e2e/security-headers.spec.ts fails
 * when a built page has an inline script or style that the served policy does not allow.
 *
 *   npm run csp:hashes
 */
import { createHash } from 'node:crypto';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';
import island from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// One script defines <astro-island>; one more per client directive used on the page.
const scripts = { island, load, idle, visible, media, only };

for (const [name, text] of Object.entries(scripts)) {
	console.log(`script ${name.padEnd(7)} ${hash(text)}`);
}
console.log(`style  island  ${hash(ISLAND_STYLES)}`);
console.log('');
console.log(`script-src 'self' ${Object.values(scripts).map(hash).join(' ')}`);
console.log(`style-src 'self' ${hash(ISLAND_STYLES)}`);
