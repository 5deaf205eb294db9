import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { LevelId } from '../domain/levels.ts';
import { findSharedCertificateNumbers } from '../domain/roster.ts';

export type LevelEntry = CollectionEntry<'levels'> & { id: LevelId };

/** @returns the site settings from content/settings/site.yml */
export async function getSettings() {
	const entry = await getEntry('settings', 'site');
	if (!entry)
		throw new Error(
			'content/settings/site.yml is missing: the site cannot build without its settings.',
		);

	return entry.data;
}

/** @returns the four levels in the order they are earned */
export async function getLevels(): Promise<LevelEntry[]> {
	const levels = await getCollection('levels');

	return levels.sort((a, b) => a.data.order - b.data.order) as LevelEntry[];
}

/** @returns the program overview sections in page order */
export async function getProgramSections() {
	const sections = await getCollection('program');

	return sections.sort((a, b) => a.data.order - b.data.order);
}

/** @returns the FAQ entries in page order */
export async function getFaqs() {
	const faqs = await getCollection('faq');

	return faqs.sort((a, b) => a.data.order - b.data.order);
}

/** @returns every officer on the roster, sorted by name; stops the build on a shared number */
export async function getOfficers() {
	const officers = await getCollection('officers');
	const shared = findSharedCertificateNumbers(officers);
	if (shared.length > 0) {
		throw new Error(
			`content/officers/: each certificate number must belong to one officer, but ${shared.join('; ')}. Correct the number in one of the files.`,
		);
	}

	return officers.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}
