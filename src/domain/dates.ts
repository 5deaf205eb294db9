import type { PlainDate } from './fields.ts';

const LONG_DATE = new Intl.DateTimeFormat('en-US', {
	dateStyle: 'long',
	// The date is a calendar day, not an instant: formatting it in UTC keeps it the same day
	// whatever zone the build machine or the reader's browser is in.
	timeZone: 'UTC',
});

/**
 * @param date a `YYYY-MM-DD` calendar date, or nothing
 * @returns the date as "March 1, 2025", or an em dash when there is no date
 */
export function formatPlainDate(date: PlainDate | undefined): string {
	if (!date) return '—';

	return LONG_DATE.format(new Date(`${date}T00:00:00Z`));
}
