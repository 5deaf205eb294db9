/**
 * Gives out certificate numbers, ACSS-<level>-<year>-<sequence>, unique per level and year.
 *
 * Store `certificate-numbers` (JSON), key `<level>-<year>`: { last } the last sequence given out.
 * The first number of a level and year starts after the highest one already on the roster, so a
 * number typed in by an editor before this workspace existed is never given out again.
 */
import { getStore } from '@netlify/blobs';
import { LEVEL_IDS, type LevelId } from '../domain/levels.ts';
import { CERTIFICATE_NUMBER, makeCertificateNumber } from '../domain/roster.ts';
import { getProgramYear } from './applications-store.ts';
import { withKeyedLock } from './keyed-lock.ts';

export const CERTIFICATE_NUMBERS_STORE = 'certificate-numbers';

const MAX_SEQUENCE = 9999;
const MAX_WRITE_ATTEMPTS = 30;

const getNumbersStore = () => getStore({ name: CERTIFICATE_NUMBERS_STORE, consistency: 'strong' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param numbers certificate numbers already on the roster
 * @param level the level
 * @param year the year
 * @returns the highest sequence among them for that level and year, or 0
 */
export function getHighestSequence(
	numbers: Iterable<string>,
	level: LevelId,
	year: number,
): number {
	const levelNumber = String(LEVEL_IDS.indexOf(level) + 1);
	let highest = 0;
	for (const number of numbers) {
		const match = CERTIFICATE_NUMBER.exec(number);
		if (match?.[1] === levelNumber && Number(match[2]) === year)
			highest = Math.max(highest, Number(match[3]));
	}

	return highest;
}

export interface AllocateOptions {
	level: LevelId;
	/** The decision instant; its Arkansas year is the certificate's year. */
	now: Date;
	/** Numbers already on the roster, so none is given out twice. */
	rosterNumbers: Iterable<string>;
}

/**
 * Advances the level-and-year counter with a conditional write (`onlyIfNew`, then `onlyIfMatch`
 * on the etag read); a writer that loses the race reads again and retries.
 *
 * @returns a certificate number no one else has been given
 */
export async function allocateCertificateNumber({
	level,
	now,
	rosterNumbers,
}: AllocateOptions): Promise<string> {
	const year = getProgramYear(now);
	const key = `${level}-${year}`;
	const floor = getHighestSequence(rosterNumbers, level, year);

	return withKeyedLock(`certificate:${key}`, async () => {
		const store = getNumbersStore();
		for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
			const entry = await store.getWithMetadata(key, { type: 'json' });
			const last = Math.max(floor, Number(entry?.data?.last ?? 0));
			const next = last + 1;
			if (next > MAX_SEQUENCE) {
				throw new Error(
					`Every ${level} certificate number of ${year} (up to ${MAX_SEQUENCE}) is taken.`,
				);
			}

			const result = entry
				? await store.setJSON(key, { last: next }, { onlyIfMatch: entry.etag ?? '' })
				: await store.setJSON(key, { last: next }, { onlyIfNew: true });
			if (result.modified) return makeCertificateNumber(level, year, next);

			await sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));
		}

		throw new Error(
			`Could not give out a ${level} certificate number for ${year} after ${MAX_WRITE_ATTEMPTS} tries.`,
		);
	});
}
