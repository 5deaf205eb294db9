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

const PROGRAM_TIME = new Intl.DateTimeFormat('en-CA', {
	timeZone: PROGRAM_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
	timeZoneName: 'short',
});

/**
 * @param instant a moment
 * @returns the date and time in Arkansas at that moment, with its zone. Example: 2026-11-02 10:00 CST
 */
export const toProgramTime = (instant: Date | string): string => {
	const parts = Object.fromEntries(
		PROGRAM_TIME.formatToParts(new Date(instant)).map(({ type, value }) => [type, value]),
	);

	return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
};
