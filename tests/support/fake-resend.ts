/**
 * A local HTTP server standing in for Resend's API: the real Resend SDK is pointed at it with
 * RESEND_BASE_URL. Each test sets how it answers and reads what was sent.
 */
import { createServer, type Server } from 'node:http';

export interface FakeResend {
	url: string;
	/** Bodies of every POST /emails received. */
	sent: Array<Record<string, unknown>>;
	/** The status the next sends get: 200 with an id, or an error status. */
	answerWith: (status: number) => void;
	stop: () => Promise<void>;
}

/** @returns a started fake; point RESEND_BASE_URL at `url` */
export async function startFakeResend(): Promise<FakeResend> {
	const sent: Array<Record<string, unknown>> = [];
	let status = 200;
	const server: Server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => {
			body += chunk;
		});
		request.on('end', () => {
			if (status === 200) sent.push(JSON.parse(body));
			const answer = status === 200 ? { id: `fake-${sent.length}` } : { name: 'application_error', message: 'Something failed', statusCode: status };
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(answer));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;

	return {
		url: `http://127.0.0.1:${port}`,
		sent,
		answerWith: (next) => {
			status = next;
		},
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
