import slugify from '@sindresorhus/slugify';

/**
 * The ASCII file name (without extension) for a new officer entry, from the officer's name, made
 * as Decap CMS makes it (src/cms/config.ts), so the file the review workspace offers is the file
 * an editor would get: "Siobhán O’Neil" becomes "siobhan-oneil", "LaTonya" stays one word, and
 * a second "José Peña" gets "jose-pena-1", so no entry ever overwrites another.
 *
 * @param name the officer's full name
 * @param taken file names already in use
 * @returns a file name that is not in `taken`
 */
export function makeOfficerFileName(name: string, taken: ReadonlySet<string>): string {
	const base = slugify(name.replace(/[\u2019']/g, ''), { decamelize: false }) || 'officer';
	let candidate = base;
	for (let suffix = 1; taken.has(candidate); suffix += 1) {
		candidate = `${base}-${suffix}`;
	}

	return candidate;
}
