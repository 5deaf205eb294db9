/**
 * Mounts a React island from a bundled module script, for pages that must run no inline script
 * (the review pages and the /status/ reply) and so cannot use Astro's `client:` directives.
 *
 * Import this module before the component: `astro dev` adds React's fast-refresh preamble only
 * to pages with `client:` islands, and without it every component module throws "can't detect
 * preamble". The preamble module is empty in a production build.
 */
import '@vitejs/plugin-react/preamble';
import { type ComponentType, createElement } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * @param elements where to render, for example `document.querySelectorAll('[data-status-reply]')`
 * @param component the island, rendered with no props
 */
export function mountIsland(elements: Iterable<Element>, component: ComponentType): void {
	for (const element of elements) createRoot(element).render(createElement(component));
}
