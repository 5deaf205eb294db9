/**
 * The whole Decap CMS configuration, passed to `CMS.init` by src/cms/admin.ts (no config.yml).
 * Pure data, so unit tests can read it without a browser.
 */
import type { CmsConfig } from 'decap-cms-core';
import { collections } from './collections.ts';

export const cmsConfig: CmsConfig = {
	load_config_file: false,
	// On Netlify: Identity signs editors in and Git Gateway commits for them, so editors need no
	// GitHub account. README.md lists what an ACSS admin turns on once.
	backend: {
		name: 'git-gateway',
		branch: 'main',
		squash_merges: true,
		commit_messages: {
			create: 'Add {{collection}} “{{slug}}” in the CMS',
			update: 'Update {{collection}} “{{slug}}” in the CMS',
			delete: 'Delete {{collection}} “{{slug}}” in the CMS',
			uploadMedia: 'Upload “{{path}}” in the CMS',
			deleteMedia: 'Delete “{{path}}” in the CMS',
			openAuthoring: '{{message}}',
		},
	},
	// On localhost only, Decap asks decap-server on port 8081 first and uses it when it answers.
	// decap-server in its default `fs` mode supports simple publishing only, so Decap switches to
	// that; with MODE=git it keeps the editorial workflow (see README.md).
	local_backend: true,
	// Drafts, In review, Ready: a change goes live only when someone publishes it.
	publish_mode: 'editorial_workflow',
	// Nothing uploads media yet; Decap still requires a folder.
	media_folder: 'public/uploads',
	public_folder: '/uploads',
	// ASCII file names with accents folded: "José Peña" is saved as jose-pena.yml. Decap adds -1,
	// -2 when a name is taken, so a near-namesake never overwrites another entry.
	slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
	collections,
};
