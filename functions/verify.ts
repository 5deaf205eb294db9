import type { Config, Context } from '@netlify/functions';
import { findCertificate } from '../src/server/roster.ts';

/**
 * Certificate lookup from the form on /roster/ (and, later, QR codes): GET /api/verify?number=…
 * answers 303 to the officer's public page, at the certificate's row, or to the
 * "no such certificate" page. It works without JavaScript, as a plain form submission.
 */
export default async (request: Request, context: Context) => {
	const url = new URL(request.url);
	const number = url.searchParams.get('number') ?? '';

	try {
		const found = await findCertificate(number);
		const location = found
			? `/roster/${found.officerId}/#${encodeURIComponent(found.certificate.number)}`
			: '/roster/no-such-certificate/';

		return new Response(null, {
			status: 303,
			headers: { location, 'cache-control': 'no-store' },
		});
	} catch (error) {
		console.error(
			JSON.stringify({
				msg: 'reading the roster failed',
				requestId: context.requestId,
				step: 'roster',
				error: String(error),
			}),
		);

		return new Response(
			`The certificate lookup is not working right now. Please try again later. (Request ${context.requestId})`,
			{
				status: 500,
				headers: { 'content-type': 'text/plain; charset=utf-8' },
			},
		);
	}
};

export const config: Config = {
	path: '/api/verify',
	method: 'GET',
};
