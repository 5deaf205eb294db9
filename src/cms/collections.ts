/**
 * The Decap collections, one per content collection in src/content.config.ts. Each field names a
 * field of the zod schema in src/domain/ with the same type and required-ness;
 * tests/unit/cms-config.test.ts walks both and fails when they drift apart.
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { LETTER_SOURCE_LABELS, LETTER_SOURCES, LEVEL_IDS } from '../domain/levels.ts';

const LEVEL_OPTIONS = LEVEL_IDS.map((id) => ({
	label: id[0]?.toUpperCase() + id.slice(1),
	value: id,
}));

/**
 * Dates are calendar days: stored as YYYY-MM-DD with no time and no zone, picked in UTC so the
 * editor's zone cannot move the day. `{{now}}` fills in today (UTC) when the widget opens.
 */
const dateField = (name: string, label: string, hint: string): CmsField => ({
	name,
	label,
	hint,
	widget: 'datetime',
	format: 'YYYY-MM-DD',
	time_format: false,
	picker_utc: true,
	default: '{{now}}',
});

/** Whole numbers: Decap writes a number, never a numeric string. */
const intField = (name: string, label: string, min: number, max?: number): CmsField => ({
	name,
	label,
	widget: 'number',
	value_type: 'int',
	min,
	...(max === undefined ? {} : { max }),
});

/** A list whose items are one text each: with a single `field`, Decap saves a flat list of strings. */
const textListField = (name: string, label: string, item: string, hint: string): CmsField => ({
	name,
	label,
	hint,
	widget: 'list',
	required: false,
	field: { name: item, label: item, widget: 'string' },
});

const orderField = (hint: string): CmsField => ({ ...intField('order', 'Position', 1), hint });

export const programCollection: CmsCollection = {
	name: 'program',
	label: 'Program overview',
	label_singular: 'Overview section',
	description: 'The sections of the home page, in the order given by Position.',
	folder: 'content/program',
	extension: 'md',
	format: 'frontmatter',
	create: true,
	slug: '{{fields.order}}-{{fields.title}}',
	summary: '{{order}}. {{title}}',
	sortable_fields: ['order', 'title'],
	fields: [
		{ name: 'title', label: 'Heading', widget: 'string', hint: 'Example: Who runs the program' },
		orderField('1 for the first section on the page.'),
		{ name: 'body', label: 'Text', widget: 'markdown' },
	],
};

export const levelsCollection: CmsCollection = {
	name: 'levels',
	label: 'Certificate levels',
	label_singular: 'Level',
	description:
		'The four levels. The rules are what the application form and the review workspace check, so keep them in step with the requirements text.',
	folder: 'content/levels',
	extension: 'md',
	format: 'frontmatter',
	// The four level ids are fixed in src/domain/levels.ts: editors change levels, not their number.
	create: false,
	delete: false,
	preview_path: 'levels/{{slug}}/',
	summary: '{{alias}}: {{title}}',
	sortable_fields: ['order'],
	fields: [
		{ name: 'title', label: 'Name', widget: 'string', hint: 'Example: Intermediate' },
		{ name: 'alias', label: 'Other name', widget: 'string', hint: 'Example: Level II' },
		{ ...intField('order', 'Position', 1, 4), hint: '1 for Basic, 4 for Senior.' },
		{
			name: 'summary',
			label: 'Summary',
			widget: 'text',
			hint: 'One or two sentences for the list of levels.',
		},
		{
			name: 'prerequisite',
			label: 'Level needed first',
			widget: 'select',
			required: false,
			options: LEVEL_OPTIONS,
			hint: 'Leave empty for Basic.',
		},
		{
			name: 'rules',
			label: 'Rules checked by the form and the committee',
			widget: 'object',
			collapsed: true,
			fields: [
				intField('minSchoolYears', 'Full school years as an SRO, at least', 0),
				{
					name: 'requiredCourses',
					label: 'Required named courses',
					label_singular: 'course',
					widget: 'list',
					required: false,
					summary: '{{fields.name}}',
					fields: [
						{
							name: 'name',
							label: 'Course',
							widget: 'string',
							hint: 'Named as on certificates. Example: SRO Basic course',
						},
						{
							name: 'minHours',
							label: 'Hours it must last, at least (0: none set)',
							widget: 'number',
							value_type: 'float',
							min: 0,
							default: 0,
						},
						{
							name: 'aclestCertified',
							label: 'Must be ACLEST-certified',
							widget: 'boolean',
							default: false,
						},
					],
				},
				{
					name: 'additionalTrainingHours',
					label: 'More ACLEST-certified school-safety training hours',
					widget: 'number',
					value_type: 'float',
					min: 0,
				},
				{
					name: 'additionalCourseMinHours',
					label: 'Shortest course that counts toward those hours (0: any length)',
					widget: 'number',
					value_type: 'float',
					min: 0,
				},
				intField('lettersRequired', 'Letters of support, at least', 0),
				{
					name: 'letterSources',
					label: 'Letters may come from',
					widget: 'select',
					multiple: true,
					required: false,
					options: LETTER_SOURCES.map((value) => ({ label: LETTER_SOURCE_LABELS[value], value })),
				},
				{
					name: 'lettersFromEachSource',
					label: 'A letter from each of these sources',
					widget: 'boolean',
					default: false,
				},
				{
					name: 'collegeCreditHours',
					label: 'College credit hours',
					widget: 'number',
					value_type: 'float',
					min: 0,
				},
				textListField(
					'collegeSubjects',
					'College subjects that count',
					'Subject',
					'Leave empty when any subject counts.',
				),
				{
					name: 'collegeSubjectHours',
					label: 'Credit hours needed in those subjects',
					widget: 'number',
					value_type: 'float',
					min: 0,
				},
				{
					name: 'requiresInstructor',
					label: 'Must be an active ACLEST-certified instructor',
					widget: 'boolean',
					default: false,
				},
			],
		},
		{ name: 'body', label: 'Requirements', widget: 'markdown' },
	],
};

export const faqCollection: CmsCollection = {
	name: 'faq',
	label: 'Questions and answers',
	label_singular: 'Question',
	folder: 'content/faq',
	extension: 'md',
	format: 'frontmatter',
	create: true,
	identifier_field: 'question',
	slug: '{{fields.question}}',
	preview_path: 'faq/',
	summary: '{{order}}. {{question}}',
	sortable_fields: ['order', 'question'],
	fields: [
		{
			name: 'question',
			label: 'Question',
			widget: 'string',
			hint: 'Example: How long does a decision take?',
		},
		orderField('1 for the first question on the page.'),
		{ name: 'body', label: 'Answer', widget: 'markdown' },
	],
};

export const officersCollection: CmsCollection = {
	name: 'officers',
	label: 'Certified officers',
	label_singular: 'Officer',
	description: 'The public roster. Each officer gets a verification page at /roster/<file name>/.',
	folder: 'content/officers',
	extension: 'yml',
	format: 'yml',
	create: true,
	identifier_field: 'name',
	// With the global slug settings in config.ts, "José Peña" is saved as jose-pena.yml and a later
	// "Jose Pena" as jose-pena-1.yml. src/domain/officer-file-name.ts makes the same names for the
	// review workspace's roster change, so the file it offers is the file the CMS creates.
	slug: '{{fields.name}}',
	preview_path: 'roster/{{slug}}/',
	summary: '{{name}} ({{agency}})',
	sortable_fields: ['name', 'agency', 'county'],
	fields: [
		{
			name: 'name',
			label: 'Full name',
			widget: 'string',
			hint: 'As on the certificate. Example: Siobhán O’Neil',
		},
		{
			name: 'agency',
			label: 'Agency',
			widget: 'string',
			hint: 'Example: Conway Police Department',
		},
		{
			name: 'district',
			label: 'School district',
			widget: 'string',
			hint: 'Example: Conway School District',
		},
		{
			name: 'campus',
			label: 'Campus',
			widget: 'string',
			required: false,
			hint: 'Example: Conway High School',
		},
		{ name: 'county', label: 'County', widget: 'string', hint: 'Example: Faulkner' },
		{
			name: 'status',
			label: 'Status',
			widget: 'select',
			options: [
				{ label: 'Active', value: 'active' },
				{ label: 'Inactive', value: 'inactive' },
			],
			default: 'active',
		},
		{
			name: 'certificates',
			label: 'Certificates',
			label_singular: 'certificate',
			widget: 'list',
			min: 1,
			// Open, so a new officer's first certificate shows its fields straight away.
			collapsed: false,
			summary: '{{fields.level}}: {{fields.number}}',
			fields: [
				{ name: 'level', label: 'Level', widget: 'select', options: LEVEL_OPTIONS },
				{
					name: 'number',
					label: 'Certificate number',
					widget: 'string',
					hint: 'Example: ACSS-1-2025-0042',
					pattern: ['^ACSS-[1-4]-\\d{4}-\\d{4}$', 'Enter a number such as ACSS-1-2025-0042'],
				},
				dateField(
					'awarded',
					'Date awarded',
					'The day the committee awarded it (UTC calendar day).',
				),
			],
		},
		{
			name: 'sample',
			label: 'Made-up sample officer',
			widget: 'boolean',
			required: false,
			default: false,
			hint: 'Only for the fictional sample roster; leave off for real officers.',
		},
	],
};

export const settingsCollection: CmsCollection = {
	name: 'settings',
	label: 'Site settings',
	delete: false,
	files: [
		{
			name: 'site',
			label: 'Site settings',
			file: 'content/settings/site.yml',
			fields: [
				{
					name: 'contactEmail',
					label: 'Program contact address',
					widget: 'string',
					hint: 'A role address, never a person’s. Example: certificates@acss.example.org',
					pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Enter an email address'],
				},
				{
					name: 'committeeEmail',
					label: 'Committee address for new applications',
					widget: 'string',
					hint: 'Example: committee@acss.example.org',
					pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'Enter an email address'],
				},
				{ ...intField('decisionDays', 'Days to a decision, about', 1, 365), hint: 'Example: 30' },
				{
					name: 'applicationsOpen',
					label: 'Applications are open',
					widget: 'boolean',
					default: true,
				},
				{
					name: 'announcement',
					label: 'Announcement',
					widget: 'text',
					required: false,
					hint: 'Shown at the top of every page. Leave empty for none.',
				},
				{
					name: 'afterDenial',
					label: 'What a denied applicant can do next',
					widget: 'text',
					hint: 'Shown in denial emails.',
				},
			],
		},
	],
};

export const collections = [
	programCollection,
	levelsCollection,
	faqCollection,
	officersCollection,
	settingsCollection,
];
