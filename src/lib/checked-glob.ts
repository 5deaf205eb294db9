import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'zod';
import { isRealDate } from '../domain/fields.ts';

/** An unquoted YAML date: Astro's parser turns it into a Date before the schema sees it. */
const YAML_DATE = /:\s+(\d{4}-\d{2}-\d{2})\s*$/gm;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Astro's glob loader, plus a check the schema cannot make on its own. Astro reads an unquoted
 * `2025-02-30` as a Date, which rolls over to March 2 before any schema runs, so a mistyped award
 * date would build as another day. When a file holds such a date, this validates the file's text
 * again with dates kept as written, and stops the build naming the file and the field.
 *
 * @param options the glob loader's pattern and base folder
 * @param schema the collection's schema
 * @returns a loader for `defineCollection`
 */
export function checkedGlob(options: { pattern: string; base: string }, schema: z.ZodType): Loader {
	const loader = glob(options);

	return {
		...loader,
		load: (context) =>
			loader.load({
				...context,
				parseData: async (props) => {
					if (props.filePath) checkWrittenDates(props.filePath, schema);

					return context.parseData(props);
				},
			}),
	};
}

function checkWrittenDates(filePath: string, schema: z.ZodType): void {
	const text = readFileSync(filePath, 'utf8');
	const dates = [...text.matchAll(YAML_DATE)].map(([, date = '']) => date);
	if (dates.every(isRealDate)) return;

	const yaml = filePath.endsWith('.md') ? (FRONT_MATTER.exec(text)?.[1] ?? '') : text;
	const result = schema.safeParse(parse(yaml));
	const issue = result.error?.issues[0];
	if (!issue) return;

	throw new Error(
		`${filePath} does not match its schema: ${issue.path.join('.')}: ${issue.message}`,
	);
}
