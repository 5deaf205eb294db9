/** One application, everything the committee needs to decide it. */
import type { Config, Context } from '@netlify/functions';
import { REFERENCE } from '../src/domain/application.ts';
import { readApplication } from '../src/server/applications-store.ts';
import { authorizeReviewer } from '../src/server/auth.ts';
import { getApplicationDetail } from '../src/server/review-detail.ts';
import { reviewError, reviewJson } from '../src/server/review-http.ts';

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	const reference = context.params?.reference ?? '';
	if (!REFERENCE.test(reference))
		return reviewError('There is no application with that reference.', 404);

	const stored = await readApplication(reference);
	if (!stored) return reviewError('There is no application with that reference.', 404);

	return reviewJson(await getApplicationDetail(stored, new Date()));
};

export const config: Config = {
	path: '/api/review/applications/:reference',
	method: ['GET'],
};
