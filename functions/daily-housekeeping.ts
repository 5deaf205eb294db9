/** Once a day: retry unsent emails, send the committee its digest, clear abandoned uploads. */
import type { Config } from '@netlify/functions';
import { runHousekeeping } from '../src/server/housekeeping.ts';

export default async () => {
	const siteUrl = (process.env.URL ?? 'http://localhost:4321').replace(/\/$/, '');
	const summary = await runHousekeeping(new Date(), siteUrl);
	console.info(JSON.stringify({ msg: 'housekeeping done', step: 'housekeeping', ...summary }));
};

export const config: Config = {
	schedule: '@daily',
};
