import type { Config, Context } from '@netlify/functions';
import { handleStatus } from '../src/server/application-status.ts';

/** An application's status for its reference and email; see src/server/application-status.ts. */
export default (request: Request, context: Context) => handleStatus(request, context);

export const config: Config = {
	path: '/api/status',
	method: 'POST',
	// Few enough that guessing email addresses for a reference gets nowhere.
	rateLimit: { windowLimit: 20, windowSize: 60, aggregateBy: ['ip'] },
};
