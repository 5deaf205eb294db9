import type { Config, Context } from '@netlify/functions';
import { handleSubmit } from '../src/server/submit-application.ts';

/** Stores an application and sends its receipt; see src/server/submit-application.ts. */
export default (request: Request, context: Context) => handleSubmit(request, context);

export const config: Config = {
	path: '/api/applications',
	method: 'POST',
	rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ['ip'] },
};
