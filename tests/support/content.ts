/**
 * A content folder for function tests: the repository's real levels and settings, and a small
 * roster of made-up officers that the tests can rely on whatever the sample roster holds.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Officers on the test roster; numbers are ACSS-<level>-<year>-<sequence>. */
export const TEST_OFFICERS = {
	/** Holds Basic, Intermediate and Advanced; active; a curly apostrophe in the name (C12). */
	'darcy-test': {
		name: 'D’Arcy Test-Peña',
		status: 'active',
		certificates: [
			{ level: 'basic', number: 'ACSS-1-2016-0901', awarded: '2016-02-15' },
			{ level: 'intermediate', number: 'ACSS-2-2018-0901', awarded: '2018-06-07' },
			{ level: 'advanced', number: 'ACSS-3-2020-0901', awarded: '2020-10-08' },
		],
	},
	/** Holds Basic only, and no longer serves. */
	'inactive-test': {
		name: 'Nguyễn Thị Mai',
		status: 'inactive',
		certificates: [{ level: 'basic', number: 'ACSS-1-2019-0902', awarded: '2019-03-01' }],
	},
} as const;

export interface TestContent {
	dir: string;
	restore: () => Promise<void>;
}

/** Points CONTENT_DIR at a fresh copy; `restore` puts the environment back. */
export async function useTestContent(): Promise<TestContent> {
	const dir = await mkdtemp(join(tmpdir(), 'sro-content-'));
	await cp('content/levels', join(dir, 'levels'), { recursive: true });
	await cp('content/settings', join(dir, 'settings'), { recursive: true });
	await mkdir(join(dir, 'officers'));
	for (const [id, officer] of Object.entries(TEST_OFFICERS)) {
		await writeFile(
			join(dir, 'officers', `${id}.yml`),
			stringify({
				...officer,
				agency: 'Test Police Department',
				district: 'Test School District',
				county: 'Pulaski',
				sample: true,
			}),
		);
	}

	const saved = process.env.CONTENT_DIR;
	process.env.CONTENT_DIR = dir;

	return {
		dir,
		restore: async () => {
			restoreEnv('CONTENT_DIR', saved);
			await rm(dir, { recursive: true, force: true });
		},
	};
}

export function restoreEnv(name: string, value: string | undefined): void {
	if (value === undefined) delete process.env[name];
	else process.env[name] = value;
}
