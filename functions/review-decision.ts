/**
 * A reviewer's decision. 200 with the new state; 409 with the current state when the application
 * changed since the reviewer loaded it or is already decided; 400 listing what is missing.
 */
import type { Config, Context } from '@netlify/functions';
import { z } from 'zod';
import { REFERENCE } from '../src/domain/application.ts';
import { authorizeReviewer } from '../src/server/auth.ts';
import { decideApplication, DecisionSchema } from '../src/server/review-decisions.ts';
import { getApplicationDetail } from '../src/server/review-detail.ts';
import { reviewError, reviewJson } from '../src/server/review-http.ts';

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	const reference = context.params?.reference ?? '';
	if (!REFERENCE.test(reference))
		return reviewError('There is no application with that reference.', 404);

	const decision = DecisionSchema.safeParse(await request.json().catch(() => null));
	if (!decision.success) return reviewJson(z.flattenError(decision.error), 400);

	const now = new Date();
	const siteUrl = (process.env.URL ?? new URL(request.url).origin).replace(/\/$/, '');
	const result = await decideApplication({
		reference,
		decision: decision.data,
		reviewer: auth.reviewer,
		now,
		siteUrl,
	});

	if (result.outcome === 'not-found')
		return reviewError('There is no application with that reference.', 404);
	if (result.outcome === 'conflict' || result.outcome === 'final') {
		const message =
			result.outcome === 'conflict'
				? 'Someone else changed this application while you were looking at it. Here is how it stands now; decide again if you still need to.'
				: 'This application has already been decided. Here is how it stands now.';

		return reviewJson(
			{ error: message, current: await getApplicationDetail(result.current, now) },
			409,
		);
	}

	return reviewJson({
		emailSent: result.emailSent,
		detail: await getApplicationDetail(result.stored, now),
	});
};

export const config: Config = {
	path: '/api/review/applications/:reference/decision',
	method: ['POST'],
};
