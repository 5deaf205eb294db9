/**
 * What every field of the form needs without passing it down through each section: the
 * messages by field id, and the uploads in progress.
 */
import { createContext, useContext } from 'react';
import type { DocumentSlot } from './draft.ts';

/** Messages to show beside fields, by field id. */
export const ErrorsContext = createContext<Readonly<Record<string, string>>>({});

/**
 * @param id the field's id
 * @returns the field's message, or `undefined`
 */
export const useFieldError = (id: string): string | undefined => useContext(ErrorsContext)[id];

/** An upload under way. */
export interface PendingUpload {
	name: string;
	percent: number;
}

export interface UploadsContextValue {
	/** Uploads under way, by slot name. */
	pending: Readonly<Record<string, PendingUpload>>;
	/** Called when the officer picks a file for a slot. */
	pick: (slot: DocumentSlot, file: File) => void;
	/** Called when the officer removes a slot's file, or stops its upload. */
	remove: (slot: DocumentSlot) => void;
}

export const UploadsContext = createContext<UploadsContextValue>({
	pending: {},
	pick: () => {},
	remove: () => {},
});

/**
 * @param ids the hint's and the error's ids, when shown
 * @returns the value of aria-describedby: the hint first, then the error, as GOV.UK orders them
 */
export const describedBy = (...ids: (string | false | undefined)[]) =>
	ids.filter(Boolean).join(' ') || undefined;
