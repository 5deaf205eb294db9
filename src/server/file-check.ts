/**
 * Decides what an uploaded file is from its bytes, and makes its name safe to store and show.
 * The declared type and the name's extension are only used to give a better message.
 */
import { fileTypeFromBuffer } from 'file-type';
import {
	ACCEPTED_TYPES_TEXT,
	type DocumentType,
	DOCUMENT_TYPES,
	HOW_TO_SEND_JPEG,
	MAX_FILE_NAME_LENGTH,
} from '../domain/documents.ts';

export type FileCheckResult =
	| { ok: true; type: DocumentType }
	| { ok: false; reason: 'empty' | 'heic' | 'not-accepted' | 'incomplete'; message: string };

/** A PDF's last `%%EOF` sits in its final bytes; a cut-off download or scan lacks it. */
const PDF_TAIL_BYTES = 1024;
const PDF_EOF = Buffer.from('%%EOF');
const HEIC_TYPES = new Set([
	'image/heic',
	'image/heif',
	'image/heic-sequence',
	'image/heif-sequence',
]);
const HEIC_NAME = /\.(heic|heif)$/i;

/**
 * @param bytes the whole file
 * @param declared what the browser said: the file name and its Content-Type
 * @returns the type found in the bytes, or a message saying why the file is refused
 */
export async function checkDocument(
	bytes: Uint8Array,
	declared: { name: string; type: string },
): Promise<FileCheckResult> {
	if (bytes.byteLength === 0) {
		return {
			ok: false,
			reason: 'empty',
			message: `This file is empty (0 bytes). Choose the file again from where it is saved; we accept ${ACCEPTED_TYPES_TEXT}.`,
		};
	}

	const found = await fileTypeFromBuffer(bytes);
	const isHeic =
		(found && HEIC_TYPES.has(found.mime)) ||
		HEIC_TYPES.has(declared.type.toLowerCase()) ||
		HEIC_NAME.test(declared.name);
	if (isHeic && found?.mime !== 'image/jpeg' && found?.mime !== 'image/png') {
		return {
			ok: false,
			reason: 'heic',
			message: `This looks like an iPhone photo in HEIC format, which we cannot open. We accept ${ACCEPTED_TYPES_TEXT}. ${HOW_TO_SEND_JPEG}`,
		};
	}

	const type = DOCUMENT_TYPES.find((accepted) => accepted === found?.mime);
	if (!type) {
		return {
			ok: false,
			reason: 'not-accepted',
			message: `This file is not a PDF, JPEG or PNG, whatever its name says. We accept ${ACCEPTED_TYPES_TEXT}: save or scan the document as a PDF, or take a photo of it, and upload that.`,
		};
	}

	if (type === 'application/pdf' && !hasPdfEnd(bytes)) {
		return {
			ok: false,
			reason: 'incomplete',
			message:
				'This PDF is incomplete: its end is missing, as happens when a download or a copy is cut short. Save the PDF again from where it came from, then upload the new copy.',
		};
	}

	return { ok: true, type };
}

function hasPdfEnd(bytes: Uint8Array): boolean {
	const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
		Math.max(0, bytes.byteLength - PDF_TAIL_BYTES),
	);

	return tail.includes(PDF_EOF);
}

const EXTENSIONS: Record<DocumentType, readonly string[]> = {
	'application/pdf': ['.pdf'],
	'image/jpeg': ['.jpg', '.jpeg'],
	'image/png': ['.png'],
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Cuts text to at most `max` UTF-16 units without splitting a character or an emoji. */
const cutText = (text: string, max: number) => {
	let out = '';
	for (const { segment } of segmenter.segment(text)) {
		if (out.length + segment.length > max) break;
		out += segment;
	}

	return out;
};

/**
 * Makes the name a device sent safe to store and to show to reviewers and in emails: Unicode
 * NFC (so "Peña" typed on a Mac matches "Peña" typed elsewhere), no folders (`../`), no control
 * or direction-changing characters, no characters Windows refuses in names, no leading dots,
 * at most MAX_FILE_NAME_LENGTH characters, ending in the extension of the type actually found.
 *
 * @param raw the file name from the upload, possibly with a path
 * @param type the type found in the file's bytes
 * @returns a name such as "Carta de apoyo – Peña Nguyễn 📄.pdf"
 */
export function makeSafeFileName(raw: string, type: DocumentType): string {
	const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
	const cleaned = base
		// Direction controls such as U+202E can make a name display with a false extension.
		.replace(/[\p{Cc}\p{Zl}\p{Zp}\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, '')
		.replace(/[<>:"|?*]/g, '_')
		.replace(/\s+/g, ' ')
		.replace(/^[\s.]+/, '')
		.replace(/[\s.]+$/, '');

	const extensions = EXTENSIONS[type];
	const lower = cleaned.toLowerCase();
	const extension = extensions.find((candidate) => lower.endsWith(candidate));
	const stem = extension ? cleaned.slice(0, -extension.length).trimEnd() : cleaned;
	const suffix = extension ? cleaned.slice(-extension.length) : (extensions[0] ?? '');
	const shortStem = cutText(stem, MAX_FILE_NAME_LENGTH - suffix.length).trimEnd();

	return `${shortStem || 'document'}${suffix}`;
}
