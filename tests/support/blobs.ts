/**
 * A real local Blobs server on a temporary folder, wired so getStore() in handlers talks to it.
 * Call in beforeAll/afterAll of each test file (the environment context is per worker).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setEnvironmentContext } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';

export interface LocalBlobs {
	stop: () => Promise<void>;
}

/** @returns a running Blobs server; `stop` shuts it and removes its folder */
export async function startLocalBlobs(): Promise<LocalBlobs> {
	const directory = await mkdtemp(join(tmpdir(), 'sro-blobs-'));
	const token = 'test-token';
	const server = new BlobsServer({ directory, token });
	const { port } = await server.start();
	setEnvironmentContext({ siteID: 'test-site', token, edgeURL: `http://localhost:${port}` });

	return {
		stop: async () => {
			await server.stop();
			await rm(directory, { recursive: true, force: true });
		},
	};
}
