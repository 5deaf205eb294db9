import { remove as removeDiacritics } from 'diacritics';

/** Characters Decap keeps in an ASCII slug; every other one becomes the replacement, `-`. */
const OUTSIDE_SLUG = /[^\w\-.~]/g;

/**
 * The ASCII file name (without extension) for a new officer entry, made the way Decap CMS makes
 * it from the name with the slug settings in src/cms/config.ts (decap-cms-core's prepareSlug and
 * sanitizeSlug, with the same diacritics table), so the file the review workspace offers is the
 * file an editor gets: a straight apostrophe is dropped ("D'Arcy" gives "darcy"), a curly one
 * separates ("D’Arcy" gives "d-arcy"), accents go ("José Peña-Nguyễn" gives "jose-pena-nguyen"),
 * and a second "José Peña" gets "jose-pena-1", so no entry ever overwrites another.
 *
 * @param name the officer's full name
 * @param taken file names already in use
 * @returns a file name that is not in `taken`
 */
export function makeOfficerFileName(name: string, taken: ReadonlySet<string>): string {
	const prepared = name.trim().toLocaleLowerCase().replace(/'/g, '').replace(/\./g, '-');
	const base =
		removeDiacritics(prepared)
			.replace(OUTSIDE_SLUG, '-')
			.replace(/-+/g, '-')
			.replace(/^-|-$/g, '') || 'officer';
	let candidate = base;
	for (let suffix = 1; taken.has(candidate); suffix += 1) {
		candidate = `${base}-${suffix}`;
	}

	return candidate;
}
