import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Treats the values the CMS writes for a cleared field (`''`, `null`) as absent.
 * Decap writes `''` when a text field is emptied and `null` for some widgets; both mean "not given".
 *
 * @param schema the schema of the value when it is present
 * @returns a schema whose output is the value or `undefined`
 */
export const optionalField = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/**
 * A list that may be empty. Decap leaves a list out, or writes `null` or `''`, when an editor
 * removes its last item or never opens it; all of these mean "no items".
 *
 * @param item the schema of one item
 * @returns a schema whose output is always an array
 */
export const listField = <T extends z.ZodType>(item: T) =>
	z.preprocess(
		(value) => (value === '' || value === null || value === undefined ? [] : value),
		z.array(item),
	);

/**
 * A calendar date with no time or zone, stored and passed around as `YYYY-MM-DD`.
 * YAML parsers turn an unquoted `2025-03-01` into a `Date` at UTC midnight, so that is accepted too
 * and brought back to the string; a timestamp with a time part is refused rather than cut.
 */
export const PlainDateSchema = z.preprocess(
	(value) =>
		value instanceof Date && !Number.isNaN(value.getTime())
			? value.toISOString().slice(0, 10)
			: value,
	z
		.string({ error: 'Enter a date as YYYY-MM-DD, for example 2025-03-01' })
		.trim()
		.regex(ISO_DATE, 'Enter a date as YYYY-MM-DD, for example 2025-03-01')
		.refine(isRealDate, 'Enter a real calendar date, for example 2025-03-01'),
);
export type PlainDate = z.infer<typeof PlainDateSchema>;

/**
 * @param value a `YYYY-MM-DD` string
 * @returns whether it names a day that exists (so 2025-02-30 is refused)
 */
export function isRealDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);

	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** One line of text as a person typed it: NFC-normalized and trimmed, never empty. */
export const textLine = (message: string, max = 200) =>
	z
		.string({ error: message })
		.transform((value) => value.normalize('NFC').trim())
		.pipe(z.string().min(1, message).max(max, `Keep this under ${max} characters`));
