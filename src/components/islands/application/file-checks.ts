/**
 * Checks a picked file before anything is sent, so an officer on a phone hears at once, in plain
 * words, why a file cannot go, instead of waiting for a slow upload to be refused.
 * The upload function checks the bytes again: these checks only save a wasted request.
 */
import {
	type DocumentType,
	HOW_TO_SEND_JPEG,
	MAX_FILE_BYTES,
	MAX_FILES,
	MAX_TOTAL_BYTES,
} from '../../../domain/documents.ts';

/** What the browser tells us about a picked file (a `File` has all three). */
export interface FileFacts {
	name: string;
	type: string;
	size: number;
}

/** The name endings of each accepted type, for browsers that report no type. */
export const ACCEPTED_ENDINGS: Record<DocumentType, readonly string[]> = {
	'application/pdf': ['.pdf'],
	'image/jpeg': ['.jpg', '.jpeg'],
	'image/png': ['.png'],
};

/** The limits in words, stated before an officer picks a file. */
export const UPLOAD_LIMITS_TEXT = `PDF, JPEG or PNG files, up to ${MAX_FILE_BYTES / 1024 / 1024} MB each; up to ${MAX_FILES} files and ${MAX_TOTAL_BYTES / 1024 / 1024} MB for the whole application.`;

const ENDINGS: readonly string[] = Object.values(ACCEPTED_ENDINGS).flat();
const HEIC_TYPES = ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'];
// Phones and some browsers report no type, or a generic one, for files they do not know.
const UNKNOWN_TYPES = ['', 'application/octet-stream'];

const endingOf = (name: string) => {
	const dot = name.lastIndexOf('.');

	return dot === -1 ? '' : name.slice(dot).toLowerCase();
};

/**
 * @param bytes a size in bytes
 * @returns the size in megabytes with one decimal, as "5.9 MB" (never "0.0 MB" for a small file)
 */
export function formatMegabytes(bytes: number): string {
	const megabytes = bytes / 1024 / 1024;

	return `${bytes > 0 && megabytes < 0.1 ? '0.1' : megabytes.toFixed(1)} MB`;
}

/**
 * @param file the picked file
 * @returns whether it is an iPhone HEIC/HEIF photo, by its type or by its name
 */
export function isHeic(file: FileFacts): boolean {
	return (
		HEIC_TYPES.includes(file.type.toLowerCase()) || ['.heic', '.heif'].includes(endingOf(file.name))
	);
}

/**
 * @param file the picked file
 * @returns whether its declared type, or its name when the type is unknown, is PDF, JPEG or PNG
 */
export function isAcceptedType(file: FileFacts): boolean {
	const type = file.type.toLowerCase();
	if (type in ACCEPTED_ENDINGS) return true;

	return UNKNOWN_TYPES.includes(type) && ENDINGS.includes(endingOf(file.name));
}

/**
 * @param file the picked file
 * @param others the application's other files, uploaded or on their way (not the one this replaces)
 * @returns a sentence saying why the file cannot be sent, or `null` when it may be sent
 */
export function checkFile(file: FileFacts, others: readonly { size: number }[]): string | null {
	if (isHeic(file)) {
		return `${file.name} is a HEIC photo, which we cannot accept: upload a PDF, JPEG or PNG file instead. ${HOW_TO_SEND_JPEG}`;
	}
	if (!isAcceptedType(file)) {
		return `${file.name} is not a PDF, JPEG or PNG file. Upload your document as a PDF, JPEG or PNG file.`;
	}
	if (file.size === 0) {
		return `${file.name} is empty. Upload a file that contains your document.`;
	}
	if (file.size > MAX_FILE_BYTES) {
		return `${file.name} is ${formatMegabytes(file.size)}. Each file must be 4 MB or smaller: scan it at a lower resolution or split it into parts.`;
	}
	if (others.length + 1 > MAX_FILES) {
		return `An application can hold up to ${MAX_FILES} files. Remove a file before adding ${file.name}.`;
	}
	const total = others.reduce((sum, other) => sum + other.size, 0) + file.size;
	if (total > MAX_TOTAL_BYTES) {
		return `${file.name} would bring your documents to ${formatMegabytes(total)}. An application can hold up to 30 MB of files in all: remove a file or upload smaller scans.`;
	}

	return null;
}
