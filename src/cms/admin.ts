/**
 * Starts Decap CMS at /admin/. Bundled by Astro from src/pages/admin/index.astro, so no script
 * comes from a CDN and script-src stays 'self' (plus the 'unsafe-eval' that netlify.toml explains).
 */
// First: under `astro dev` the preview templates need React's fast-refresh preamble, which Astro
// adds only to pages with `client:` islands (see src/components/islands/mount-island.ts).
import '@vitejs/plugin-react/preamble';
import CMS from 'decap-cms-app';
import { cmsConfig } from './config.ts';
import { FaqPreview } from './FaqPreview.tsx';
import { LevelPreview } from './LevelPreview.tsx';

/** Page-scoped rules of the level page that global.css does not hold. */
const PREVIEW_CSS = `
	body { margin: 0; }
	.eyebrow { margin: 1rem 0 0; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; }
	.eyebrow + h1 { margin-top: 0.25rem; }
`;

/**
 * @param siteStylesheet the URL of the site's built global stylesheet, so previews look like pages
 */
export function startCms(siteStylesheet: string): void {
	CMS.registerPreviewStyle(siteStylesheet);
	CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
	CMS.registerPreviewTemplate('levels', LevelPreview);
	CMS.registerPreviewTemplate('faq', FaqPreview);
	CMS.init({ config: cmsConfig });
}
