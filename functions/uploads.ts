import type { Config, Context } from '@netlify/functions';
import { handleUpload } from '../src/server/uploads.ts';

/** One document per request; see src/server/uploads.ts. */
export default (request: Request, context: Context) => handleUpload(request, context);

export const config: Config = {
	path: '/api/uploads',
	method: 'POST',
	// An application holds at most 15 files; this leaves room for retries and replaced files.
	rateLimit: { windowLimit: 60, windowSize: 60, aggregateBy: ['ip'] },
};
