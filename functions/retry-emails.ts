import type { Config } from '@netlify/functions';
import { retryQueuedEmails } from '../src/server/email-delivery.ts';

/** Sends the emails that failed or were never tried; see src/server/email-delivery.ts. */
export default async () => {
	const summary = await retryQueuedEmails(new Date());
	if (summary.failed > 0 || summary.errors > 0) {
		console.error(JSON.stringify({ msg: 'emails still unsent', step: 'retry-emails', ...summary }));
	}
};

export const config: Config = {
	schedule: '*/10 * * * *',
};
