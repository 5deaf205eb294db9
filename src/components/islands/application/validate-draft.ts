/**
 * Checks a draft with the shared ApplicationSchema (the same verdict the submit function gives)
 * and the level's rules, and returns problems by field path for the error summary.
 */
import { ApplicationSchema } from '../../../domain/application.ts';
import type { LevelRules } from '../../../domain/levels.ts';
import { listUnmetRequirements } from '../../../domain/requirements.ts';
import { type Draft, toApplicationInput } from './draft.ts';
import { type Problem, toProblems } from './field-ids.ts';

export interface ValidateDraftOptions {
	/** `answers` leaves out the attestation, which the officer signs after checking the answers. */
	scope: 'answers' | 'all';
	/** Paths of document fields whose upload has not finished. */
	pendingUploads?: readonly string[];
}

/**
 * @param draft the draft
 * @param rules the chosen level's rules, or `undefined` when no level is chosen yet
 * @param options what to check
 * @returns the problems, in the order of the form; empty when the draft can be sent
 */
export function validateDraft(
	draft: Draft,
	rules: LevelRules | undefined,
	options: ValidateDraftOptions,
): Problem[] {
	const input = toApplicationInput(draft, rules);
	const pending = (options.pendingUploads ?? []).map((path) => ({
		path: path.split('.'),
		message: 'Wait until this file has finished uploading',
	}));
	const issues = ApplicationSchema.safeParse(input).error?.issues ?? [];
	const unmet = rules ? listUnmetRequirements(rules, input) : [];
	// Several requirements can point at one section (training), so each keeps its own line.
	const problems = [...toProblems([...pending, ...issues]), ...unmet];

	return options.scope === 'all'
		? problems
		: problems.filter((problem) => !problem.path.startsWith('attestation'));
}
