/**
 * Where applications live in Netlify Blobs, and the only module that knows the key layout.
 *
 * Store `applications` (JSON):
 *   applications/<reference>      the ApplicationRecord
 *   counters/<year>               { last } the last reference number given out that year
 *   idempotency/<sha256 of key>   { state, claimedAt, reference? } one per Idempotency-Key
 *   email-queue/<reference>       { reference, since } while the application has unsent emails
 *
 * Store `application-documents` (the files' bytes, metadata { name, type, size, … }):
 *   pending/<upload id>                 uploaded, not yet part of an application
 *   applications/<reference>/<upload id> moved there when the application is stored
 *
 * Reads use strong consistency: a write is followed by reads that must see it (the counter,
 * a reviewer's decision), and Blobs' default eventual reads can lag by up to 60 seconds.
 */
import { createHash } from 'node:crypto';
import { getStore, type Store } from '@netlify/blobs';
import { type ApplicationRecord, ApplicationRecordSchema } from '../domain/application-record.ts';
import { type DocumentType, DocumentTypeSchema } from '../domain/documents.ts';
import { withKeyedLock } from './keyed-lock.ts';

export const APPLICATIONS_STORE = 'applications';
export const DOCUMENTS_STORE = 'application-documents';

const APPLICATION_PREFIX = 'applications/';
const PENDING_PREFIX = 'pending/';
const EMAIL_QUEUE_PREFIX = 'email-queue/';
/** The program's time zone: a reference's year and the status clock follow Arkansas's calendar. */
export const PROGRAM_TIME_ZONE = 'America/Chicago';
/** A claim on an Idempotency-Key with no reference after this long belongs to a failed request. */
const STALE_CLAIM_MS = 2 * 60 * 1000;
const MAX_WRITE_ATTEMPTS = 30;

export const getApplicationsStore = (): Store =>
	getStore({ name: APPLICATIONS_STORE, consistency: 'strong' });
export const getDocumentsStore = (): Store =>
	getStore({ name: DOCUMENTS_STORE, consistency: 'strong' });

export const applicationKey = (reference: string) => `${APPLICATION_PREFIX}${reference}`;
export const pendingUploadKey = (id: string) => `${PENDING_PREFIX}${id}`;
export const documentKey = (reference: string, id: string) =>
	`${APPLICATION_PREFIX}${reference}/${id}`;
export const counterKey = (year: number) => `counters/${year}`;
export const idempotencyKey = (key: string) =>
	`idempotency/${createHash('sha256').update(key).digest('hex')}`;
export const emailQueueKey = (reference: string) => `${EMAIL_QUEUE_PREFIX}${reference}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A short random pause so writers that lost a race do not retry in lockstep. */
const backOff = (attempt: number) => sleep(Math.random() * Math.min(200, 5 * 2 ** attempt));

/* ----------------------------------------------------------------------------------------------
 * Application records
 * -------------------------------------------------------------------------------------------- */

export interface StoredApplication {
	record: ApplicationRecord;
	/** Pass it back to `writeApplication` so the write fails if someone changed the record. */
	etag: string;
}

/**
 * @param reference an application reference, already checked against REFERENCE
 * @returns the record and its etag, or null when there is no such application
 */
export async function readApplication(reference: string): Promise<StoredApplication | null> {
	const entry = await readJsonWithEtag(getApplicationsStore(), applicationKey(reference));
	if (!entry) return null;

	const parsed = ApplicationRecordSchema.safeParse(entry.data);
	if (!parsed.success) {
		throw new Error(`The stored application ${reference} does not match the record schema.`, {
			cause: parsed.error,
		});
	}

	return { record: parsed.data, etag: entry.etag };
}

/**
 * Reads a JSON entry with an etag that a conditional write can rely on.
 *
 * @returns the data and its etag, or null when there is no such entry
 */
async function readJsonWithEtag(
	store: Store,
	key: string,
): Promise<{ data: unknown; etag: string } | null> {
	for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
		const before = await getListedEtag(store, key);
		const entry = await store.getWithMetadata(key, { type: 'json' });
		if (!entry) return null;
		if (entry.etag) return { data: entry.data, etag: entry.etag };

		// The local Blobs server (npm start, tests) sends no etag with a read, only with a list. The
		// etag counts only if it did not change around the read, or it could belong to newer data.
		const after = await getListedEtag(store, key);
		if (before && before === after) return { data: entry.data, etag: after };

		await backOff(attempt);
	}

	throw new Error(`The entry ${key} kept changing while we read it; try again in a moment.`);
}

/** @returns the etag that a list reports for exactly this key, or '' */
async function getListedEtag(store: Store, key: string): Promise<string> {
	const { blobs } = await store.list({ prefix: key });

	return blobs.find((blob) => blob.key === key)?.etag ?? '';
}

/** @returns every application reference, oldest first (references sort by year and number) */
export async function listApplicationReferences(): Promise<string[]> {
	const references: string[] = [];
	for await (const page of getApplicationsStore().list({
		prefix: APPLICATION_PREFIX,
		paginate: true,
	})) {
		for (const blob of page.blobs) references.push(blob.key.slice(APPLICATION_PREFIX.length));
	}

	return references.sort();
}

/**
 * Stores a new application; never overwrites one.
 *
 * @returns the new record's etag, or null when an application with that reference exists
 */
export async function createApplication(record: ApplicationRecord): Promise<string | null> {
	const result = await getApplicationsStore().setJSON(applicationKey(record.reference), record, {
		onlyIfNew: true,
	});

	return result.modified ? (result.etag ?? '') : null;
}

/**
 * Writes a record only if it is unchanged since it was read with `etag`.
 * Two reviewers deciding at once: one write succeeds, the other gets null and should re-read.
 *
 * @returns the new etag, or null when the record changed since it was read
 */
export async function writeApplication(
	record: ApplicationRecord,
	etag: string,
): Promise<string | null> {
	// An empty etag would make the write unconditional: treat it as "changed".
	if (!etag) return null;

	// The local Blobs server checks If-Match and then writes in separate steps (see keyed-lock.ts),
	// so writes to one record take turns within this process.
	const key = applicationKey(record.reference);
	const result = await withKeyedLock(key, () =>
		getApplicationsStore().setJSON(key, record, { onlyIfMatch: etag }),
	);

	return result.modified ? (result.etag ?? '') : null;
}

/**
 * Applies a change to the latest record, re-reading and re-applying it when another writer got
 * there first. For changes that do not depend on what a person saw (email results, history);
 * a reviewer's decision should use `writeApplication` and report the conflict instead.
 *
 * @param change returns the new record from the current one, or null to leave it as it is
 * @param known the record and etag the caller already holds, to skip the first read
 * @returns the record as stored, or null when there is no such application
 */
export async function updateApplication(
	reference: string,
	change: (record: ApplicationRecord) => ApplicationRecord | null,
	known?: StoredApplication,
): Promise<StoredApplication | null> {
	let current = known ?? (await readApplication(reference));
	for (let attempt = 0; current && attempt < MAX_WRITE_ATTEMPTS; attempt++) {
		const next = change(structuredClone(current.record));
		if (!next) return current;

		const etag = await writeApplication(next, current.etag);
		if (etag !== null) return { record: next, etag };

		await backOff(attempt);
		current = await readApplication(reference);
	}
	if (!current) return null;

	throw new Error(
		`Application ${reference} kept changing while we tried to update it; try again in a moment.`,
	);
}

/* ----------------------------------------------------------------------------------------------
 * References
 * -------------------------------------------------------------------------------------------- */

/** The last counter value and etag this process wrote, to skip a read in the common case. */
const lastCounterWrite = new Map<string, { last: number; etag: string }>();

/**
 * @param now the submission instant
 * @returns the calendar year in Arkansas at that instant
 */
export function getProgramYear(now: Date): number {
	const year = new Intl.DateTimeFormat('en-US', {
		timeZone: PROGRAM_TIME_ZONE,
		year: 'numeric',
	}).format(now);

	return Number(year);
}

/**
 * @returns the reference, for example SRO-2026-00042
 */
export function formatReference(year: number, sequence: number): string {
	return `SRO-${year}-${String(sequence).padStart(5, '0')}`;
}

/**
 * Gives out the next reference of the year, unique across function instances: the counter is
 * advanced with a conditional write (`onlyIfNew` for the first of the year, then `onlyIfMatch`
 * on the etag read), and a writer that loses the race reads again and retries.
 *
 * @param now the submission instant; its Arkansas year names the counter
 * @returns the reference, for example SRO-2026-00042
 */
export async function allocateReference(now: Date): Promise<string> {
	const year = getProgramYear(now);
	const key = counterKey(year);

	return withKeyedLock(key, async () => {
		const store = getApplicationsStore();
		let known = lastCounterWrite.get(key) ?? null;

		for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
			if (!known) {
				const entry = await readJsonWithEtag(store, key);
				const data = entry?.data as { last?: number } | undefined;
				known = entry ? { last: Number(data?.last ?? 0), etag: entry.etag } : null;
			}
			const next = (known?.last ?? 0) + 1;
			if (next > 99_999) {
				throw new Error(`Every reference of ${year} (up to 99999) is taken; widen the format.`);
			}
			const result = known
				? await store.setJSON(key, { last: next }, { onlyIfMatch: known.etag })
				: await store.setJSON(key, { last: next }, { onlyIfNew: true });
			if (result.modified) {
				lastCounterWrite.set(key, { last: next, etag: result.etag ?? '' });

				return formatReference(year, next);
			}

			// Another instance advanced the counter: read it again.
			known = null;
			lastCounterWrite.delete(key);
			await backOff(attempt);
		}

		throw new Error(
			`Could not allocate a reference for ${year} after ${MAX_WRITE_ATTEMPTS} tries.`,
		);
	});
}

/* ----------------------------------------------------------------------------------------------
 * Idempotency keys
 * -------------------------------------------------------------------------------------------- */

export type IdempotencyClaim =
	| { state: 'claimed'; etag: string }
	| { state: 'done'; reference: string }
	| { state: 'in-progress' };

interface IdempotencyEntry {
	state: 'claimed' | 'done';
	claimedAt: string;
	reference?: string;
}

/**
 * Claims an Idempotency-Key for one submission. Exactly one caller gets `claimed`; the others
 * learn the reference once it is stored (`done`), or that the first is still at work.
 *
 * @param key the request's Idempotency-Key header
 * @param now the request's instant
 */
export async function claimIdempotencyKey(key: string, now: Date): Promise<IdempotencyClaim> {
	const store = getApplicationsStore();
	const blobKey = idempotencyKey(key);
	const entry: IdempotencyEntry = { state: 'claimed', claimedAt: now.toISOString() };

	const created = await store.setJSON(blobKey, entry, { onlyIfNew: true });
	if (created.modified) return { state: 'claimed', etag: created.etag ?? '' };

	const existing = await readJsonWithEtag(store, blobKey);
	if (!existing) return claimIdempotencyKey(key, now);

	const data = existing.data as IdempotencyEntry;
	if (data.state === 'done' && data.reference) return { state: 'done', reference: data.reference };

	const age = now.getTime() - Date.parse(data.claimedAt);
	if (age < STALE_CLAIM_MS) return { state: 'in-progress' };

	// The first request died before storing anything: take the key over.
	const taken = await store.setJSON(blobKey, entry, { onlyIfMatch: existing.etag });

	return taken.modified ? { state: 'claimed', etag: taken.etag ?? '' } : { state: 'in-progress' };
}

/** @returns the reference stored under an Idempotency-Key, or null while there is none */
export async function readIdempotentReference(key: string): Promise<string | null> {
	const existing = await getApplicationsStore().get(idempotencyKey(key), { type: 'json' });
	const data = existing as IdempotencyEntry | null;

	return data?.state === 'done' && data.reference ? data.reference : null;
}

/** Records the reference a claimed Idempotency-Key produced. */
export async function completeIdempotencyKey(
	key: string,
	claimedAt: Date,
	reference: string,
): Promise<void> {
	const entry: IdempotencyEntry = { state: 'done', claimedAt: claimedAt.toISOString(), reference };
	await getApplicationsStore().setJSON(idempotencyKey(key), entry);
}

/** Gives a claimed key back when the submission failed before anything was stored. */
export async function releaseIdempotencyKey(key: string): Promise<void> {
	await getApplicationsStore().delete(idempotencyKey(key));
}

/* ----------------------------------------------------------------------------------------------
 * Uploaded documents
 * -------------------------------------------------------------------------------------------- */

export interface DocumentMetadata {
	/** NFC, path-safe, at most 120 characters. */
	name: string;
	type: DocumentType;
	size: number;
	uploadedAt: string;
}

/** Stores an accepted upload until an application claims it (or housekeeping removes it). */
export async function savePendingUpload(
	id: string,
	bytes: Uint8Array,
	metadata: DocumentMetadata,
): Promise<void> {
	const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
	await getDocumentsStore().set(pendingUploadKey(id), body as ArrayBuffer, {
		metadata: { ...metadata },
	});
}

const parseDocumentMetadata = (metadata: Record<string, unknown>): DocumentMetadata | null => {
	const type = DocumentTypeSchema.safeParse(metadata.type);
	if (!type.success || typeof metadata.name !== 'string' || typeof metadata.size !== 'number') {
		return null;
	}

	return {
		name: metadata.name,
		type: type.data,
		size: metadata.size,
		uploadedAt: String(metadata.uploadedAt ?? ''),
	};
};

export interface PendingUpload {
	id: string;
	data: ArrayBuffer;
	metadata: DocumentMetadata;
}

/** @returns the pending upload's bytes and metadata, or null when there is no such upload */
export async function readPendingUpload(id: string): Promise<PendingUpload | null> {
	const entry = await getDocumentsStore().getWithMetadata(pendingUploadKey(id), {
		type: 'arrayBuffer',
	});
	if (!entry) return null;

	const metadata = parseDocumentMetadata(entry.metadata);

	return metadata ? { id, data: entry.data, metadata } : null;
}

/** Lists pending uploads, for the housekeeping that removes the ones never attached. */
export async function listPendingUploads(): Promise<string[]> {
	const ids: string[] = [];
	for await (const page of getDocumentsStore().list({ prefix: PENDING_PREFIX, paginate: true })) {
		for (const blob of page.blobs) ids.push(blob.key.slice(PENDING_PREFIX.length));
	}

	return ids;
}

/** @returns a pending upload's metadata without its bytes, or null */
export async function readPendingUploadMetadata(id: string): Promise<DocumentMetadata | null> {
	const entry = await getDocumentsStore().getMetadata(pendingUploadKey(id));

	return entry ? parseDocumentMetadata(entry.metadata) : null;
}

export async function deletePendingUpload(id: string): Promise<void> {
	await getDocumentsStore().delete(pendingUploadKey(id));
}

/**
 * Moves a pending upload under its application: copy first, then delete, so a failure in
 * between leaves a copy in both places rather than in neither.
 *
 * @param path where in the application the document is attached. Example: letters.0.document
 */
export async function attachUpload(
	reference: string,
	upload: PendingUpload,
	path: string,
): Promise<void> {
	const store = getDocumentsStore();
	await store.set(documentKey(reference, upload.id), upload.data, {
		metadata: { ...upload.metadata, path },
	});
	await store.delete(pendingUploadKey(upload.id));
}

export interface StoredFile {
	data: ArrayBuffer;
	metadata: DocumentMetadata & { path: string };
}

/** @returns a document of an application, bytes and metadata, or null */
export async function readDocument(reference: string, id: string): Promise<StoredFile | null> {
	const entry = await getDocumentsStore().getWithMetadata(documentKey(reference, id), {
		type: 'arrayBuffer',
	});
	if (!entry) return null;

	const metadata = parseDocumentMetadata(entry.metadata);
	if (!metadata) return null;

	return { data: entry.data, metadata: { ...metadata, path: String(entry.metadata.path ?? '') } };
}

/* ----------------------------------------------------------------------------------------------
 * The email queue: applications with emails still to send
 * -------------------------------------------------------------------------------------------- */

/** Marks an application as having emails to send; written before the first try. */
export async function queueEmails(reference: string, now: Date): Promise<void> {
	await getApplicationsStore().setJSON(emailQueueKey(reference), {
		reference,
		since: now.toISOString(),
	});
}

export async function unqueueEmails(reference: string): Promise<void> {
	await getApplicationsStore().delete(emailQueueKey(reference));
}

/** @returns the references of applications with emails still to send */
export async function listQueuedEmails(): Promise<string[]> {
	const references: string[] = [];
	for await (const page of getApplicationsStore().list({
		prefix: EMAIL_QUEUE_PREFIX,
		paginate: true,
	})) {
		for (const blob of page.blobs) references.push(blob.key.slice(EMAIL_QUEUE_PREFIX.length));
	}

	return references.sort();
}
