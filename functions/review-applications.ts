/** The committee's queue: every application, filtered and sorted as asked. */
import type { Config, Context } from '@netlify/functions';
import { filterQueue, makeQueueRow, QueueFilterSchema } from '../src/domain/review-queue.ts';
import { listApplicationReferences, readApplication } from '../src/server/applications-store.ts';
import { authorizeReviewer } from '../src/server/auth.ts';
import { getSettings } from '../src/server/content.ts';
import { reviewError, reviewJson } from '../src/server/review-http.ts';

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	const filter = QueueFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
	if (!filter.success)
		return reviewError('Choose a status and level from the lists.', 400, context.requestId);

	const now = new Date();
	const settings = await getSettings();
	const references = await listApplicationReferences();
	// TODO: Each record is read on every queue request; past a few thousand applications, keep a
	// summary index in Blobs updated on each write instead.
	const records = await Promise.all(references.map((reference) => readApplication(reference)));
	const rows = records.flatMap((stored) =>
		stored ? [makeQueueRow(stored.record, settings.decisionDays, now)] : [],
	);

	return reviewJson({ decisionDays: settings.decisionDays, rows: filterQueue(rows, filter.data) });
};

export const config: Config = {
	path: '/api/review/applications',
	method: ['GET'],
};
