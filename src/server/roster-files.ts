/**
 * The roster's files as the review workspace needs them: each officer with the file it lives in
 * and that file's text, so a roster change can name the file and keep its formatting.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type Officer, OfficerSchema } from '../domain/roster.ts';

export interface RosterFile {
	/** The file name without `.yml`, which is also the officer's page: /roster/<id>/ */
	id: string;
	officer: Officer;
	/** The file as it is, for editing without losing its layout. */
	text: string;
}

/** The same folder the build and the submit function read; OFFICERS_DIR points elsewhere in tests. */
const getOfficersDir = () => resolve(process.env.OFFICERS_DIR ?? 'content/officers');

/**
 * Reads the roster afresh on every call: decisions are rare, and a stale read could offer a
 * file name another officer has just taken.
 *
 * @returns every officer file, sorted by file name
 */
export async function readRosterFiles(): Promise<RosterFile[]> {
	const folder = getOfficersDir();
	const names = (await readdir(folder)).filter((name) => name.endsWith('.yml')).sort();

	return Promise.all(
		names.map(async (name) => {
			const text = await readFile(join(folder, name), 'utf8');
			const parsed = OfficerSchema.safeParse(parse(text));
			if (!parsed.success) {
				throw new Error(`The roster file ${name} does not match the officer schema.`, {
					cause: parsed.error,
				});
			}

			return { id: basename(name, '.yml'), officer: parsed.data, text };
		}),
	);
}
