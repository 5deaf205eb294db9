import { z } from 'zod';

/** Sections of the program overview on the home page, shown in `order`. */
export const ProgramSectionSchema = z.object({
	/** The section heading. Example: Who runs the program */
	title: z.string().trim().min(1),
	/** Position on the page, 1 first. */
	order: z.number().int().min(1),
});
export type ProgramSection = z.infer<typeof ProgramSectionSchema>;

/** Questions and answers for /faq/. */
export const FaqSchema = z.object({
	/** The question as an officer would ask it. Example: How long does a decision take? */
	question: z.string().trim().min(1),
	/** Position in the list, 1 first. */
	order: z.number().int().min(1),
});
export type Faq = z.infer<typeof FaqSchema>;
