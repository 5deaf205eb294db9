/**
 * The checks a valid application must still pass before it is stored: the level's rules, the
 * sequence rule (above Basic, the certificate of the level before, on the roster, active, in the
 * applicant's name) and its documents (each a pending upload, within the limits).
 */
import type { FieldError } from '../domain/api.ts';
import type { Application } from '../domain/application.ts';
import { MAX_FILES, MAX_TOTAL_BYTES } from '../domain/documents.ts';
import type { Level } from '../domain/levels.ts';
import { listUnmetRequirements } from '../domain/requirements.ts';
import { foldForSearch } from '../domain/search.ts';
import type { Settings } from '../domain/settings.ts';
import { type PendingUpload, readPendingUpload } from './applications-store.ts';
import { getLevel } from './content.ts';
import { findCertificate } from './roster.ts';

/**
 * @returns one error per requirement of the level that the entries do not meet; requirements
 *   the committee must judge (letters' content, instructor status) pass here
 */
export function checkLevelRules(level: Level, application: Application): FieldError[] {
	return listUnmetRequirements(level.rules, application);
}

/**
 * Above Basic, the officer must hold the level before: the stated certificate must be on the
 * roster at that level, its officer active, and the name on it the applicant's (ignoring case,
 * accents and the kind of apostrophe).
 */
export async function checkSequence(
	level: Level,
	application: Application,
	settings: Settings,
): Promise<FieldError[]> {
	if (!level.prerequisite) return [];

	const path = 'currentCertificate';
	const previous = await getLevel(level.prerequisite);
	const number = application.currentCertificate;
	if (!number) {
		return [{ path, message: `Enter the number of your ${previous.title} certificate` }];
	}

	const found = await findCertificate(number);
	if (!found) {
		return [
			{
				path,
				message: `We cannot find certificate ${number} on the roster. Check the number on your ${previous.title} certificate; you need it to apply for ${level.title}`,
			},
		];
	}
	if (found.certificate.level !== level.prerequisite) {
		return [
			{
				path,
				message: `Certificate ${number} is not a ${previous.title} certificate. To apply for ${level.title}, enter the number of your ${previous.title} certificate`,
			},
		];
	}
	if (found.officer.status !== 'active') {
		return [
			{
				path,
				message: `The roster lists the holder of certificate ${number} as inactive. If that is wrong, write to ${settings.contactEmail} before applying`,
			},
		];
	}
	if (foldForSearch(found.officer.name) !== foldForSearch(application.applicant.fullName)) {
		return [
			{
				path,
				message: `Certificate ${number} was issued to a different name. Enter your full name as it appears on the certificate, or write to ${settings.contactEmail} if your name has changed`,
			},
		];
	}

	return [];
}

export interface DocumentReference {
	id: string;
	/** Where in the application it is attached. Example: letters.0.document */
	path: string;
}

/** @returns every document id in the application with the field it is attached to, in form order */
export function listDocumentReferences(application: Application): DocumentReference[] {
	const references: DocumentReference[] = [];
	const add = (id: string | undefined, path: string) => {
		if (id) references.push({ id, path });
	};

	for (const [index, entry] of application.training.entries()) {
		add(entry.document, `training.${index}.document`);
	}
	for (const [index, letter] of application.letters.entries()) {
		add(letter.document, `letters.${index}.document`);
	}
	for (const [index, credit] of application.college.entries()) {
		add(credit.document, `college.${index}.document`);
	}
	add(application.instructor.document, 'instructor.document');

	return references;
}

export type DocumentsResult =
	| { ok: true; uploads: { upload: PendingUpload; path: string }[] }
	| { ok: false; errors: FieldError[] };

/**
 * Reads every referenced pending upload and checks the per-application limits.
 *
 * @returns the uploads with their paths, or an error at each document that cannot be used
 */
export async function collectDocuments(application: Application): Promise<DocumentsResult> {
	const references = listDocumentReferences(application);
	const errors: FieldError[] = [];

	const seen = new Set<string>();
	for (const reference of references) {
		if (seen.has(reference.id)) {
			errors.push({
				path: reference.path,
				message: 'This file is already attached to another answer. Upload it again here',
			});
		}
		seen.add(reference.id);
	}
	for (const reference of references.slice(MAX_FILES)) {
		errors.push({
			path: reference.path,
			message: `An application can have at most ${MAX_FILES} documents. Combine some into one PDF`,
		});
	}
	if (errors.length > 0) return { ok: false, errors };

	const uploads = await Promise.all(references.map(({ id }) => readPendingUpload(id)));
	let total = 0;
	const found: { upload: PendingUpload; path: string }[] = [];
	for (const [index, upload] of uploads.entries()) {
		const path = references[index]?.path ?? '';
		if (!upload) {
			errors.push({
				path,
				message:
					'We no longer have this file: uploads are kept for 48 hours before the application is sent. Upload it again',
			});
			continue;
		}
		total += upload.metadata.size;
		if (total > MAX_TOTAL_BYTES) {
			errors.push({
				path,
				message: `The documents add up to more than ${MAX_TOTAL_BYTES / (1024 * 1024)} MB. Save large scans at a lower quality and upload them again`,
			});
			continue;
		}
		found.push({ upload, path });
	}

	return errors.length > 0 ? { ok: false, errors } : { ok: true, uploads: found };
}
