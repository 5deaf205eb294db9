import type { CmsCollection, CmsField } from 'decap-cms-core';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import { collections } from '../../src/cms/collections.ts';
import { cmsConfig } from '../../src/cms/config.ts';
import { PlainDateSchema } from '../../src/domain/fields.ts';
import { LevelSchema } from '../../src/domain/levels.ts';
import { FaqSchema, ProgramSectionSchema } from '../../src/domain/program.ts';
import { OfficerSchema } from '../../src/domain/roster.ts';
import { SettingsSchema } from '../../src/domain/settings.ts';

/** What an editor can enter in a field, reduced to what both sides must agree on. */
type Shape =
	| { kind: 'string' | 'boolean' | 'date'; optional: boolean }
	| { kind: 'number'; optional: boolean; isInt: boolean }
	| { kind: 'enum'; optional: boolean; values: string[] }
	| { kind: 'array'; optional: boolean; item: Shape }
	| { kind: 'object'; optional: boolean; fields: Record<string, Shape> };

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> } };

type Check = { _zod: { def: { check?: string; minimum?: number } } };

const hasMinLength = (schema: AnySchema) =>
	((schema._zod.def.checks ?? []) as Check[]).some(
		(check) => check._zod.def.check === 'min_length' && Number(check._zod.def.minimum) > 0,
	);

/** Walks a zod schema the way the content loader reads it: what goes in, and whether it may be left out. */
function describeSchema(schema: AnySchema): Shape {
	if (schema === (PlainDateSchema as unknown)) return { kind: 'date', optional: false };
	const def = schema._zod.def;
	switch (def.type) {
		case 'optional':
		case 'nullable':
		case 'default':
			return { ...describeSchema(def.innerType as AnySchema), optional: true };
		case 'pipe': {
			const input = def.in as AnySchema;
			// z.preprocess is a pipe from a transform: the schema after it says what is accepted.
			return input._zod.def.type === 'transform'
				? describeSchema(def.out as AnySchema)
				: describeSchema(input);
		}
		case 'string':
		case 'boolean':
			return { kind: def.type, optional: false };
		case 'number':
			return {
				kind: 'number',
				optional: false,
				isInt: (schema as unknown as z.ZodNumber).format === 'safeint',
			};
		case 'enum':
			return {
				kind: 'enum',
				optional: false,
				values: [...(schema as unknown as z.ZodEnum).options] as string[],
			};
		case 'array':
			// An array that may be empty is optional to Decap, whose `required` means "at least one item".
			return {
				kind: 'array',
				optional: !hasMinLength(schema),
				item: describeSchema(def.element as AnySchema),
			};
		case 'object':
			return {
				kind: 'object',
				optional: false,
				fields: Object.fromEntries(
					Object.entries((schema as unknown as z.ZodObject).shape).map(([name, field]) => [
						name,
						describeSchema(field as AnySchema),
					]),
				),
			};
		default:
			throw new Error(
				`The schema walker does not know zod type "${String(def.type)}": teach it before using it in content.`,
			);
	}
}

/** Every setting the reduction reads, whichever widget the field uses. */
type AnyField = CmsField & {
	field?: CmsField;
	fields?: CmsField[];
	options?: (string | { value: string })[];
	multiple?: boolean;
	value_type?: string;
};

/** The same reduction for a Decap field, from its widget and settings. */
function describeField(field: AnyField): Shape {
	const optional = field.required === false;
	const values = (field.options ?? []).map((option) =>
		typeof option === 'string' ? option : option.value,
	);
	switch (field.widget ?? 'string') {
		case 'string':
		case 'text':
		case 'markdown':
			return { kind: 'string', optional };
		case 'boolean':
			return { kind: 'boolean', optional };
		case 'datetime':
			return { kind: 'date', optional };
		case 'number':
			return { kind: 'number', optional, isInt: field.value_type === 'int' };
		case 'select':
			return field.multiple
				? { kind: 'array', optional, item: { kind: 'enum', optional: false, values } }
				: { kind: 'enum', optional, values };
		case 'list':
			// One sub-field: Decap saves a flat list of its values. Several: a list of objects.
			if (field.field) return { kind: 'array', optional, item: describeField(field.field) };

			return {
				kind: 'array',
				optional,
				item: { kind: 'object', optional: false, fields: describeFields(field.fields ?? []) },
			};
		case 'object':
			return { kind: 'object', optional, fields: describeFields(field.fields ?? []) };
		default:
			throw new Error(
				`The test does not know Decap's "${String(field.widget)}" widget: teach it before using it.`,
			);
	}
}

const describeFields = (fields: CmsField[]) =>
	Object.fromEntries(fields.map((field) => [field.name, describeField(field)]));

const fieldsOf = (collection: CmsCollection): CmsField[] =>
	collection.fields ?? collection.files?.[0]?.fields ?? [];

/** Each CMS collection and the schema its files must pass; Markdown bodies are not front matter. */
const PAIRS = [
	{ name: 'program', schema: ProgramSectionSchema, hasBody: true },
	{ name: 'levels', schema: LevelSchema, hasBody: true },
	{ name: 'faq', schema: FaqSchema, hasBody: true },
	{ name: 'officers', schema: OfficerSchema, hasBody: false },
	{ name: 'settings', schema: SettingsSchema, hasBody: false },
] as const;

const collectionNamed = (name: string) => {
	const collection = collections.find((candidate) => candidate.name === name);
	if (!collection) throw new Error(`No CMS collection named ${name}`);

	return collection;
};

describe('the CMS configuration', () => {
	it('has one collection per content collection', () => {
		expect(collections.map((collection) => collection.name).sort()).toEqual(
			PAIRS.map((pair) => pair.name).sort(),
		);
	});

	it.each(PAIRS)(
		'$name: every CMS field is a schema field of the same type and required-ness, and the other way round',
		({ name, schema, hasBody }) => {
			const fields = fieldsOf(collectionNamed(name));
			const frontMatter = fields.filter((field) => !(hasBody && field.name === 'body'));
			const expected = describeSchema(schema as unknown as AnySchema);
			if (expected.kind !== 'object') throw new Error(`${name} schema is not an object`);

			expect(describeFields(frontMatter)).toEqual(expected.fields);
		},
	);

	it.each(PAIRS.filter((pair) => pair.hasBody))(
		'$name: the Markdown body is edited with the markdown widget',
		({ name }) => {
			expect(fieldsOf(collectionNamed(name)).find((field) => field.name === 'body')?.widget).toBe(
				'markdown',
			);
		},
	);

	it('points each folder collection at its content folder', () => {
		for (const { name } of PAIRS.filter((pair) => pair.name !== 'settings')) {
			expect(collectionNamed(name).folder).toBe(`content/${name}`);
		}
		expect(collectionNamed('settings').files?.[0]?.file).toBe('content/settings/site.yml');
	});

	it('uses git-gateway with the editorial workflow in production and decap-server locally', () => {
		expect(cmsConfig).toMatchObject({
			load_config_file: false,
			backend: { name: 'git-gateway', branch: 'main' },
			local_backend: true,
			publish_mode: 'editorial_workflow',
			slug: { encoding: 'ascii', clean_accents: true },
		});
	});

	it('C01: stores award dates as YYYY-MM-DD only, picked in UTC', () => {
		const certificates = fieldsOf(collectionNamed('officers')).find(
			(field) => field.name === 'certificates',
		);
		const awarded = (certificates as AnyField | undefined)?.fields?.find(
			(field) => field.name === 'awarded',
		);

		expect(awarded).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			time_format: false,
			picker_utc: true,
		});
	});
});

/** An officer as Decap's widgets write it: select values, a datetime string, a boolean. */
const decapOfficer = {
	name: 'Siobhán O’Neil',
	agency: 'Conway Police Department',
	district: 'Conway School District',
	campus: 'Conway High School',
	county: 'Faulkner',
	status: 'active',
	certificates: [{ awarded: '2025-03-01', level: 'basic', number: 'ACSS-1-2025-0042' }],
	sample: false,
};

const decapLevelRules = {
	minSchoolYears: 1,
	requiredCourses: [
		{ name: 'SRO II (Intermediate) course', minHours: 0, aclestCertified: false },
		{ name: 'School Site Safety Assessment', minHours: 8, aclestCertified: true },
	],
	additionalTrainingHours: 20.5,
	additionalCourseMinHours: 0,
	lettersRequired: 1,
	letterSources: ['agency', 'school'],
	lettersFromEachSource: false,
	collegeCreditHours: 0,
	collegeSubjects: ['English Composition', 'Technical Writing'],
	collegeSubjectHours: 3,
	requiresInstructor: false,
};

const decapLevel = {
	title: 'Intermediate',
	alias: 'Level II',
	order: 2,
	summary: 'Builds on Basic.',
	prerequisite: 'intermediate',
	rules: decapLevelRules,
};

const decapSettings = {
	contactEmail: 'certificates@acss.example.org',
	committeeEmail: 'committee@acss.example.org',
	decisionDays: 30,
	applicationsOpen: true,
	announcement: 'Applications close on 2026-06-30.',
	afterDenial: 'You may apply again.',
};

/** Every optional top-level field of each schema, found by walking it, with a valid entry. */
const OPTIONAL_FIELDS = [
	{ schema: OfficerSchema, entry: decapOfficer },
	{ schema: LevelSchema, entry: decapLevel },
	{ schema: SettingsSchema, entry: decapSettings },
].flatMap(({ schema, entry }) => {
	const shape = describeSchema(schema as unknown as AnySchema);
	if (shape.kind !== 'object') return [];

	return Object.entries(shape.fields)
		.filter(([, field]) => field.optional)
		.flatMap(([field]) =>
			['', null].map((empty) => ({ schema, entry, field, empty, label: JSON.stringify(empty) })),
		);
});

describe('what the CMS widgets write passes the schema', () => {
	it('C01: a date written by the widget, read back from YAML as text or as a Date, is the same calendar day', () => {
		const yaml = stringify(decapOfficer);
		expect(yaml).toMatch(/^\s+- awarded: 2025-03-01$/m);

		for (const schema of ['core', 'yaml-1.1'] as const) {
			const officer = OfficerSchema.parse(parse(yaml, { schema }));
			expect(officer.certificates[0]?.awarded).toBe('2025-03-01');
		}
	});

	it.each([
		['a half timestamp', '2025-03-01T00:00:00.000Z'],
		['the literal placeholder', '{{now}}'],
		['an empty date', ''],
		['a day that does not exist', '2025-02-30'],
	])('C01: refuses %s, naming the field', (_label, awarded) => {
		const result = OfficerSchema.safeParse({
			...decapOfficer,
			certificates: [{ ...decapOfficer.certificates[0], awarded }],
		});

		expect(result.error?.issues[0]?.path).toEqual(['certificates', 0, 'awarded']);
	});

	it.each(OPTIONAL_FIELDS)(
		'C02: $field written as $label means absent',
		({ schema, entry, field, empty }) => {
			const result = schema.safeParse({ ...entry, [field]: empty });

			expect(result.error).toBeUndefined();
			const value = (result.data as Record<string, unknown>)[field];
			expect(value === undefined || (Array.isArray(value) && value.length === 0)).toBe(true);
		},
	);

	it('C02: finds the optional fields it checks', () => {
		expect(new Set(OPTIONAL_FIELDS.map(({ field }) => field))).toEqual(
			new Set(['campus', 'sample', 'prerequisite', 'announcement']),
		);
	});

	it.each(['', null, undefined])('C02: an emptied rules list (%s) is an empty list', (empty) => {
		const level = LevelSchema.parse({
			...decapLevel,
			rules: { ...decapLevelRules, collegeSubjects: empty, letterSources: empty },
		});

		expect(level.rules.collegeSubjects).toEqual([]);
		expect(level.rules.letterSources).toEqual([]);
	});

	it('C04: a list with one sub-field is saved as a flat list of strings, which validates', () => {
		const yaml = stringify(decapLevel);
		expect(yaml).toContain(
			'collegeSubjects:\n    - English Composition\n    - Technical Writing\n',
		);

		expect(LevelSchema.parse(parse(yaml)).rules.collegeSubjects).toEqual([
			'English Composition',
			'Technical Writing',
		]);
	});

	it('C04: refuses the object-per-item shape a list with named sub-fields would write', () => {
		const rules = { ...decapLevelRules, collegeSubjects: [{ Subject: 'English Composition' }] };

		expect(LevelSchema.safeParse({ ...decapLevel, rules }).error?.issues[0]?.path).toEqual([
			'rules',
			'collegeSubjects',
			0,
		]);
	});

	it('a list with several sub-fields is saved as objects, which validate', () => {
		const yaml = stringify(decapLevel);
		expect(yaml).toContain(
			'requiredCourses:\n    - name: SRO II (Intermediate) course\n      minHours: 0\n      aclestCertified: false\n',
		);

		expect(LevelSchema.parse(parse(yaml)).rules.requiredCourses).toEqual(
			decapLevelRules.requiredCourses,
		);
	});

	it('numbers are numbers: a numeric string from a hand edit is refused', () => {
		expect(
			SettingsSchema.safeParse({ ...decapSettings, decisionDays: '30' }).error?.issues[0]?.path,
		).toEqual(['decisionDays']);
	});
});
