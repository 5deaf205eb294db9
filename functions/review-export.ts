/** CSV of applications or decisions for a range of days, for the committee's records. */
import type { Config, Context } from '@netlify/functions';
import { listApplicationReferences, readApplication } from '../src/server/applications-store.ts';
import { authorizeReviewer } from '../src/server/auth.ts';
import { REVIEW_HEADERS, reviewError } from '../src/server/review-http.ts';
import { ExportQuerySchema, makeExportCsv } from '../src/server/review-export.ts';

export default async (request: Request, context: Context) => {
	const auth = await authorizeReviewer(request, context);
	if (!auth.ok) return auth.response;

	const query = ExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
	if (!query.success)
		return reviewError(
			'Choose what to export and a range of dates, the start on or before the end.',
			400,
		);

	const stored = await Promise.all(
		(await listApplicationReferences()).map((reference) => readApplication(reference)),
	);
	const csv = makeExportCsv(
		stored.flatMap((item) => (item ? [item.record] : [])),
		query.data,
	);
	const { kind, from, to } = query.data;

	return new Response(csv, {
		headers: {
			...REVIEW_HEADERS,
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sro-${kind}-${from}-to-${to}.csv"`,
		},
	});
};

export const config: Config = {
	path: '/api/review/export',
	method: ['GET'],
};
