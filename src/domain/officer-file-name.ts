import slugify from '@sindresorhus/slugify';

/**
 * The ASCII file name (without extension) for a new officer entry, from the officer's name.
 * "Siobhán O’Neil" becomes "siobhan-oneil"; "José Peña-Nguyễn" becomes "jose-pena-nguyen".
 * Names that fold to the same slug get a numeric suffix, so no entry ever overwrites another.
 *
 * @param name the officer's full name
 * @param taken file names already in use
 * @returns a file name that is not in `taken`
 */
export function makeOfficerFileName(name: string, taken: ReadonlySet<string>): string {
	const base = slugify(name.replace(/[\u2019']/g, '')) || 'officer';
	let candidate = base;
	for (let suffix = 2; taken.has(candidate); suffix += 1) {
		candidate = `${base}-${suffix}`;
	}

	return candidate;
}
