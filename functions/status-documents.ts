/**
 * The applicant's reply to "more information needed": attaches documents already accepted by
 * /api/uploads to the application, and puts it back in the committee's queue.
 */
import type { Config, Context } from '@netlify/functions';
import { AuthError, verifyRequestOrigin } from '@netlify/identity';
import { z } from 'zod';
import { receiveStatusReply, StatusReplySchema } from '../src/server/status-reply.ts';

const NOT_FOUND =
	'We could not find an application with that reference and email address. Check both against your receipt.';
const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
const answer = (status: number, body: unknown) => Response.json(body, { status, headers });

export default async (request: Request, context: Context) => {
	try {
		verifyRequestOrigin(request);
	} catch (error) {
		if (!(error instanceof AuthError)) throw error;

		return answer(403, {
			message: 'This request came from another site and was refused.',
			errors: [],
			requestId: context.requestId,
		});
	}

	const parsed = StatusReplySchema.safeParse(await request.json().catch(() => null));
	if (!parsed.success) {
		const { fieldErrors } = z.flattenError(parsed.error);
		const errors = Object.entries(fieldErrors).map(([path, messages]) => ({
			path,
			message: messages?.[0] ?? '',
		}));

		return answer(400, {
			message: 'Check the reference, email address and documents.',
			errors,
			requestId: context.requestId,
		});
	}

	try {
		const result = await receiveStatusReply(parsed.data, new Date());
		if (result.outcome === 'not-found')
			return answer(404, { message: NOT_FOUND, errors: [], requestId: context.requestId });
		if (result.outcome === 'not-waiting') {
			const message =
				'The committee is not waiting for documents on this application. Check its status above.';

			return answer(409, { message, errors: [], requestId: context.requestId });
		}
		if (result.outcome === 'refused')
			return answer(400, {
				message: result.message,
				errors: [{ path: 'documents', message: result.message }],
				requestId: context.requestId,
			});

		return answer(200, { reference: result.reference, status: 'submitted' });
	} catch (error) {
		console.error(
			JSON.stringify({
				msg: 'status reply failed',
				requestId: context.requestId,
				step: 'status-reply',
				error: error instanceof Error ? error.name : 'Error',
			}),
		);
		const message = `Your documents could not be attached just now. Try again in a few minutes; quote ${context.requestId} if it keeps failing.`;

		return answer(500, { message, errors: [], requestId: context.requestId });
	}
};

export const config: Config = {
	path: '/api/status/documents',
	method: ['POST'],
	rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip'] },
};
