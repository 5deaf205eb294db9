import type { APIRoute } from 'astro';
import { LEVEL_IDS } from '../../domain/levels.ts';
import { getHighestCertificate } from '../../domain/roster.ts';
import type { RosterIndex } from '../../domain/roster-index.ts';
import { getOfficers } from '../../lib/content.ts';

/** The compact roster the search island loads, built with the pages so the two always agree. */
export const GET: APIRoute = async () => {
	const officers = await getOfficers();
	const index: RosterIndex = {
		officers: officers.map(({ id, data }) => {
			const highest = getHighestCertificate(data);
			const numbers = data.certificates.map((certificate) => certificate.number).join(' ');
			const isActive = data.status === 'active' ? 1 : 0;

			return [
				id,
				data.name,
				data.agency,
				data.district,
				data.county,
				isActive,
				LEVEL_IDS.indexOf(highest.level),
				highest.awarded,
				numbers,
			];
		}),
	};

	return new Response(JSON.stringify(index), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
