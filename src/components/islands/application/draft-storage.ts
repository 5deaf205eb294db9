/**
 * Keeps the draft in the officer's browser (localStorage) so a reload or a dropped signal loses
 * nothing. It never goes to the server: only the finished application does.
 */
import { DraftSchema, type Draft } from './draft.ts';

/** The localStorage key of the draft; bump the suffix if a draft could be misread by a new form. */
export const DRAFT_KEY = 'sro-application-draft-v1';

/**
 * @param storage where drafts are kept (`window.localStorage`)
 * @returns the saved draft, or `null` when there is none or it cannot be read
 */
export function loadDraft(storage: Pick<Storage, 'getItem'>): Draft | null {
	try {
		const saved = storage.getItem(DRAFT_KEY);
		if (saved === null) return null;
		const result = DraftSchema.safeParse(JSON.parse(saved));

		return result.success ? result.data : null;
	} catch {
		// Unreadable JSON, or storage blocked (private mode, cookies off): start afresh.
		return null;
	}
}

/**
 * @param storage where drafts are kept
 * @param draft the draft to keep
 * @returns whether it was saved (storage may be full or blocked)
 */
export function saveDraft(storage: Pick<Storage, 'setItem'>, draft: Draft): boolean {
	try {
		storage.setItem(DRAFT_KEY, JSON.stringify(draft));

		return true;
	} catch {
		return false;
	}
}

/** @param storage where drafts are kept */
export function clearDraft(storage: Pick<Storage, 'removeItem'>): void {
	try {
		storage.removeItem(DRAFT_KEY);
	} catch {
		// Blocked storage holds no draft to clear.
	}
}
