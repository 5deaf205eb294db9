/**
 * A local HTTP server standing in for Resend's API (POST /emails): the real Resend SDK is
 * pointed at it with RESEND_BASE_URL. Each test sets how it answers, either one status for every
 * send (`answerWith`) or a script of exact answers for the next sends (`script`), and reads what
 * was sent (`sent`: accepted bodies) or tried (`received`: every request, headers included).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export interface ReceivedEmail {
	idempotencyKey: string | undefined;
	authorization: string | undefined;
	body: { from: string; to: string | string[]; subject: string; text: string; html: string };
}

export interface FakeResend {
	url: string;
	/** Bodies of every POST /emails that was answered with a message id. */
	sent: Array<Record<string, unknown>>;
	/** Every POST /emails, answered or refused, in order. */
	received: ReceivedEmail[];
	/** The status every later send gets: 200 with an id, or an error status. */
	answerWith: (status: number) => void;
	/** Exact answers for the next sends, in order; after them `answerWith`'s status applies. */
	script: (...answers: ScriptedAnswer[]) => void;
	/** Forgets what was received and any script, and answers 200 again. */
	reset: () => void;
	stop: () => Promise<void>;
}

/** Answers Resend gives when it refuses a send (C10). */
export const RESEND_ANSWERS = {
	rateLimited: {
		status: 429,
		headers: { 'retry-after': '1' },
		body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' },
	},
	domainNotVerified: {
		status: 403,
		body: {
			statusCode: 403,
			name: 'validation_error',
			message: 'The acss.example.org domain is not verified. Please, add and verify your domain.',
		},
	},
	serverError: {
		status: 500,
		body: {
			statusCode: 500,
			name: 'internal_server_error',
			message: 'An unexpected error occurred.',
		},
	},
	badKey: {
		status: 401,
		body: { statusCode: 401, name: 'validation_error', message: 'API key is invalid' },
	},
	noMessageId: { status: 200, body: {} },
} satisfies Record<string, ScriptedAnswer>;

/** @returns a started fake; point RESEND_BASE_URL at `url` */
export async function startFakeResend(): Promise<FakeResend> {
	const sent: Array<Record<string, unknown>> = [];
	const received: ReceivedEmail[] = [];
	let answers: ScriptedAnswer[] = [];
	let status = 200;

	const answerFor = (): ScriptedAnswer => {
		const scripted = answers.shift();
		if (scripted) return scripted;
		if (status === 200) return { status, body: { id: `fake-${sent.length + 1}` } };

		return {
			status,
			body: { name: 'application_error', message: 'Something failed', statusCode: status },
		};
	};

	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			if (request.method !== 'POST' || request.url !== '/emails') {
				response.writeHead(404, { 'content-type': 'application/json' });
				response.end(JSON.stringify({ statusCode: 404, name: 'not_found', message: 'Not found' }));
				return;
			}
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
			received.push({
				idempotencyKey: request.headers['idempotency-key'] as string | undefined,
				authorization: request.headers.authorization,
				body,
			});
			const answer = answerFor();
			const hasId =
				answer.status < 300 && typeof (answer.body as { id?: unknown })?.id === 'string';
			if (hasId) sent.push(body);
			response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
			response.end(JSON.stringify(answer.body ?? {}));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		sent,
		received,
		answerWith: (next) => {
			status = next;
		},
		script: (...next) => {
			answers = next;
		},
		reset: () => {
			answers = [];
			status = 200;
			received.length = 0;
			sent.length = 0;
		},
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
