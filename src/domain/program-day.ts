/** The program works on Arkansas's calendar: "today" and date ranges follow Central time. */
export const PROGRAM_TIME_ZONE = 'America/Chicago';

const PROGRAM_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: PROGRAM_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
});

/**
 * @param instant a moment
 * @returns the calendar day in Arkansas at that moment, as YYYY-MM-DD
 */
export const toProgramDay = (instant: Date | string): string =>
	PROGRAM_DAY.format(new Date(instant));
