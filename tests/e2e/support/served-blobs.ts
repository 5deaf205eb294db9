/**
 * Reads what the served site stored, through the real Blobs API: a second local Blobs server
 * in the test process over the same folder the served site writes to (@netlify/dev keeps it at
 * .netlify/blobs-serve, site id 0, with no option to move it), and the local outbox.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';
import {
	ApplicationRecordSchema,
	type ApplicationRecord,
} from '../../../src/domain/application-record.ts';
import {
	APPLICATIONS_STORE,
	applicationKey,
	DOCUMENTS_STORE,
} from '../../../src/server/applications-store.ts';

const SERVED_DIRECTORY = '.netlify/blobs-serve';
const SERVED_SITE_ID = '0';
const OUTBOX = '.netlify/outbox';

export interface ServedBlobs {
	/** @returns the stored application, or `null` */
	readApplication: (reference: string) => Promise<ApplicationRecord | null>;
	/** @returns every stored application whose applicant has this email address */
	findApplications: (email: string) => Promise<ApplicationRecord[]>;
	/** @returns the keys and sizes of the files stored under the application */
	listDocuments: (reference: string) => Promise<{ key: string; size: number }[]>;
	stop: () => Promise<void>;
}

/** @returns a reader; call `stop` when done */
export async function openServedBlobs(): Promise<ServedBlobs> {
	const token = 'e2e-reader';
	const server = new BlobsServer({ directory: SERVED_DIRECTORY, token });
	const { port } = await server.start();
	const url = `http://localhost:${port}`;
	const store = (name: string) =>
		getStore({
			name,
			siteID: SERVED_SITE_ID,
			token,
			edgeURL: url,
			uncachedEdgeURL: url,
			consistency: 'strong',
		});
	const applications = store(APPLICATIONS_STORE);
	const documents = store(DOCUMENTS_STORE);

	const readApplication = async (reference: string) => {
		const data = await applications.get(applicationKey(reference), { type: 'json' });

		return data ? ApplicationRecordSchema.parse(data) : null;
	};

	return {
		readApplication,
		findApplications: async (email) => {
			const { blobs } = await applications.list({ prefix: applicationKey('') });
			const records = await Promise.all(
				blobs.map((blob) => readApplication(blob.key.slice(applicationKey('').length))),
			);

			return records.filter(
				(record): record is ApplicationRecord => record?.application.applicant.email === email,
			);
		},
		listDocuments: async (reference) => {
			const { blobs } = await documents.list({ prefix: `${applicationKey(reference)}/` });

			return Promise.all(
				blobs.map(async (blob) => ({
					key: blob.key,
					size: (await documents.get(blob.key, { type: 'arrayBuffer' }))?.byteLength ?? 0,
				})),
			);
		},
		stop: () => server.stop(),
	};
}

/**
 * @param to a recipient's address
 * @returns the emails in the local outbox addressed to it
 */
export async function readOutbox(
	to: string,
): Promise<{ to: string; subject: string; text: string }[]> {
	const files = await readdir(OUTBOX).catch(() => []);
	const emails = await Promise.all(
		files.map(async (file) => JSON.parse(await readFile(join(OUTBOX, file), 'utf8'))),
	);

	return emails.filter((email) => email.to === to);
}
