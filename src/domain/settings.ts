import { z } from 'zod';
import { optionalField } from './fields.ts';

/** Site-wide settings, as editors write them in content/settings/site.yml. */
export const SettingsSchema = z.object({
	/** The program's role address, shown to the public and copied on committee notices. Example: certificates@acss.example.org */
	contactEmail: z.email('Enter the program’s contact email address'),
	/** The committee's address for new-application notices. Example: committee@acss.example.org */
	committeeEmail: z.email('Enter the committee’s email address'),
	/** About how many days the committee takes to decide. Example: 30 */
	decisionDays: z.number().int().min(1).max(365),
	/** Whether the online application accepts new applications. */
	applicationsOpen: z.boolean(),
	/** A short notice shown at the top of every page, or nothing. */
	announcement: optionalField(z.string().trim()),
	/** What a denied applicant can do next, shown in denial emails. */
	afterDenial: z.string().trim().min(1),
});
export type Settings = z.infer<typeof SettingsSchema>;
