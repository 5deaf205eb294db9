/**
 * Serves the built site (dist/) the way Netlify does: static files with netlify.toml's headers and
 * redirects, the functions in functions/, and a local Blobs store. End-to-end tests run against it.
 *
 *   node scripts/serve.ts [--port 8888] [--fresh]
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import { NetlifyDev } from '@netlify/dev';
import { needsBase64Body, toBase64BodyRequest } from './netlify-dev-body.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '8888' },
		// Starts from an empty Blobs store and outbox, as the end-to-end tests need.
		fresh: { type: 'boolean', default: false },
	},
});
const port = Number(values.port);

if (values.fresh) {
	rmSync('.netlify/blobs-serve', { recursive: true, force: true });
	rmSync('.netlify/outbox', { recursive: true, force: true });
}

const netlify = new NetlifyDev({
	blobs: { enabled: true },
	functions: { enabled: true },
	headers: { enabled: true },
	redirects: { enabled: true },
	staticFiles: { enabled: true },
	environmentVariables: { enabled: true },
	edgeFunctions: { enabled: false },
	database: { enabled: false },
	geolocation: { enabled: false },
	images: { enabled: false },
	aiGateway: { enabled: false },
	serverAddress: null,
});
await netlify.start();
// The local runtime bundles the functions on their first request, which takes seconds on a small
// machine and held up whatever page asked first; ask once before saying the server is ready.
await netlify.handle(new Request(`http://localhost:${port}/api/verify`));

const server = createServer(async (request, response) => {
	try {
		const headers = new Headers();
		const options = { headersCollector: (key: string, value: string) => headers.set(key, value) };
		const match = await netlify.handleAndIntrospectNodeRequest(
			needsBase64Body(request) ? await toBase64BodyRequest(request) : request,
			options,
		);
		const answer = match?.response ?? (await notFound(headers));
		answer.headers.forEach((value, key) => {
			if (!headers.has(key)) headers.set(key, value);
		});
		const cookies = answer.headers.getSetCookie();
		response.writeHead(answer.status, answer.statusText, [
			...[...headers].filter(([key]) => key !== 'set-cookie'),
			...cookies.map((cookie) => ['set-cookie', cookie] as [string, string]),
		]);
		if (answer.body) Readable.fromWeb(answer.body as NodeReadableStream).pipe(response);
		else response.end();
	} catch (error) {
		console.error(JSON.stringify({ msg: 'serve failed', step: 'serve', error: String(error) }));
		response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
		response.end('The local server failed to answer this request.');
	}
});

/** Netlify answers an unknown path with the site's 404 page, and that page's headers. */
async function notFound(headers: Headers): Promise<Response> {
	const page = await netlify.handle(new Request(`http://localhost:${port}/404.html`), {
		headersCollector: (key, value) => headers.set(key, value),
	});

	return new Response(page?.body ?? 'Not found', {
		status: 404,
		headers: { 'content-type': 'text/html; charset=utf-8' },
	});
}

server.listen(port, '127.0.0.1', () => {
	console.log(`Serving dist/ with functions and Blobs at http://localhost:${port}/`);
});

const stop = async () => {
	server.close();
	await netlify.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
