/**
 * A real local Netlify Blobs server on a temporary folder, wired into @netlify/blobs the way
 * Netlify wires a function (setEnvironmentContext), for unit and integration tests.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setEnvironmentContext } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';

export interface TestBlobs {
	directory: string;
	url: string;
	stop: () => Promise<void>;
}

const TOKEN = 'test-token';

/** @returns a started server; call `stop` in afterAll */
export async function startBlobsServer(): Promise<TestBlobs> {
	const directory = await mkdtemp(join(tmpdir(), 'sro-blobs-'));
	const server = new BlobsServer({ directory, token: TOKEN });
	const { port } = await server.start();
	const url = `http://localhost:${port}`;
	// uncachedEdgeURL is what strong-consistency reads use; Netlify and @netlify/dev both set it.
	setEnvironmentContext({ siteID: 'test-site', token: TOKEN, edgeURL: url, uncachedEdgeURL: url });

	return {
		directory,
		url,
		stop: async () => {
			setEnvironmentContext({});
			await server.stop();
			await rm(directory, { recursive: true, force: true });
		},
	};
}
