/**
 * The status look-up's question: a reference and an email address. The status function checks
 * the pair again; this only spares a request for a typo, with the same messages.
 */
import { z } from 'zod';
import { ReferenceSchema } from '../../../domain/application-record.ts';

export const StatusQuerySchema = z.object({
	reference: ReferenceSchema,
	email: z
		.string()
		.trim()
		.toLowerCase()
		.pipe(z.email('Enter the email address you applied with, like name@agency.gov')),
});
export type StatusQuery = z.infer<typeof StatusQuerySchema>;
