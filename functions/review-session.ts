/** Who is signed in to the review workspace: the island asks this first. */
import type { Config, Context } from '@netlify/functions';
import { authorizeReviewer } from '../src/server/auth.ts';
import { reviewJson } from '../src/server/review-http.ts';

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	return reviewJson({ reviewer: auth.reviewer });
};

export const config: Config = {
	path: '/api/review/session',
	method: ['GET'],
};
