import { describe, expect, it } from 'vitest';
import { makeDraft, setDocument } from '../../../../src/components/islands/application/draft.ts';
import {
	clearDraft,
	DRAFT_KEY,
	loadDraft,
	saveDraft,
} from '../../../../src/components/islands/application/draft-storage.ts';

/** localStorage as the browser gives it: strings in, strings out. */
class MemoryStorage {
	items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, String(value));
	removeItem = (key: string) => void this.items.delete(key);
}

const UPLOADED = {
	id: 'upl_abcdefghijklmnop',
	name: 'letter.pdf',
	type: 'application/pdf' as const,
	size: 2048,
};

describe('draft storage', () => {
	it('gives back a saved draft with its uploaded documents and idempotency key', () => {
		const storage = new MemoryStorage();
		const draft = {
			...makeDraft('7b0e1c1e-8f43-4f0c-9d55-0d8f1f0d4a11'),
			step: 'form' as const,
			letters: [
				{ key: 'a', authorName: 'Dana Reyes', authorRole: 'agency' as const, document: undefined },
			],
		};
		const withLetter = setDocument(draft, { list: 'letters', key: 'a' }, UPLOADED);

		expect(saveDraft(storage, withLetter)).toBe(true);
		expect(loadDraft(storage)).toEqual(withLetter);
	});

	it('returns null when nothing is saved', () => {
		expect(loadDraft(new MemoryStorage())).toBeNull();
	});

	it('returns null for a draft that is not JSON', () => {
		const storage = new MemoryStorage();
		storage.setItem(DRAFT_KEY, '{not json');

		expect(loadDraft(storage)).toBeNull();
	});

	it('loads what it can of a draft saved by an older form, with empty answers for the rest', () => {
		const storage = new MemoryStorage();
		storage.setItem(
			DRAFT_KEY,
			JSON.stringify({
				idempotencyKey: 'key-1',
				applicant: { fullName: 'D’Arcy' },
				level: 'platinum',
			}),
		);
		const draft = loadDraft(storage);

		expect(draft?.applicant.fullName).toBe('D’Arcy');
		expect(draft?.applicant.email).toBe('');
		expect(draft?.level).toBe('');
		expect(draft?.step).toBe('eligibility');
	});

	it('reports a full or blocked storage instead of throwing', () => {
		const full = {
			setItem: () => {
				throw new DOMException('Quota exceeded', 'QuotaExceededError');
			},
		};

		expect(saveDraft(full, makeDraft('key'))).toBe(false);
	});

	it('clears the draft', () => {
		const storage = new MemoryStorage();
		saveDraft(storage, makeDraft('key'));
		clearDraft(storage);

		expect(loadDraft(storage)).toBeNull();
	});
});
