/**
 * The exact roster change an approval calls for, for an editor to publish in one step: a new
 * officer file for a Basic certificate, or the new certificate added to the officer's existing
 * file for the levels above. Plain data in, YAML text out; the review function reads the files.
 */
import { parseDocument, stringify } from 'yaml';
import type { ApplicationRecord } from './application-record.ts';
import { makeOfficerFileName } from './officer-file-name.ts';
import type { Certificate, Officer } from './roster.ts';
import { foldForSearch } from './search.ts';

export interface RosterEntry {
	/** The file name without `.yml`. Example: siobhan-oneil */
	id: string;
	officer: Officer;
	/** The file's current text. */
	text: string;
}

export interface RosterChange {
	/** `published` when the roster already lists the certificate: nothing is left to do. */
	kind: 'new-officer' | 'add-certificate' | 'published';
	/** Where the file lives in the repository. Example: content/officers/siobhan-oneil.yml */
	path: string;
	/** The officer's public page once the change is published. Example: /roster/siobhan-oneil/ */
	pagePath: string;
	/** The whole file as it should read after the change. */
	yaml: string;
	/** The certificate the change adds. */
	certificate: Certificate;
	/** True when the county could not be found and the editor must enter it. */
	needsCounty: boolean;
	/**
	 * For a new officer, the CMS's "new entry" address with the officer's fields filled in, or null
	 * when a value holds a character the CMS would store escaped (Decap 3 HTML-escapes prefilled
	 * values, so "D'Arcy" would be saved as "D&#39;Arcy"); the YAML is then the way to publish.
	 */
	cmsNewEntryUrl: string | null;
}

/** Characters Decap 3.16's prefill (createEmptyDraft's processValue) would store as entities. */
const CMS_ESCAPED = /[&<>"']/;

/**
 * @param officer the new officer's top-level fields
 * @returns the CMS address that opens a new officer entry with them filled in, or null
 */
export function makeCmsNewEntryUrl(officer: Record<string, string>): string | null {
	const values = Object.entries(officer).filter(([, value]) => value !== '');
	if (values.some(([, value]) => CMS_ESCAPED.test(value))) return null;

	return `/admin/#/collections/officers/new?${new URLSearchParams(values).toString()}`;
}

export interface RosterChangeOptions {
	record: ApplicationRecord;
	certificateNumber: string;
	/** The day of the decision, as YYYY-MM-DD. */
	awarded: string;
	roster: readonly RosterEntry[];
}

/**
 * The application does not ask for the county; an officer already on the roster in the same
 * district gives it.
 */
const findCounty = (district: string, roster: readonly RosterEntry[]) =>
	roster.find((entry) => foldForSearch(entry.officer.district) === foldForSearch(district))?.officer
		.county;

/**
 * @returns the file to add or change, with its full new text
 */
export function makeRosterChange({
	record,
	certificateNumber,
	awarded,
	roster,
}: RosterChangeOptions): RosterChange {
	const { application } = record;
	const certificate: Certificate = { level: application.level, number: certificateNumber, awarded };
	const published = roster.find((entry) =>
		entry.officer.certificates.some((item) => item.number === certificateNumber),
	);
	if (published) {
		return {
			kind: 'published',
			path: `content/officers/${published.id}.yml`,
			pagePath: `/roster/${published.id}/`,
			yaml: published.text,
			certificate,
			needsCounty: false,
			cmsNewEntryUrl: null,
		};
	}

	const current = application.currentCertificate;
	const existing = current
		? roster.find((entry) => entry.officer.certificates.some((item) => item.number === current))
		: undefined;

	if (existing) {
		const document = parseDocument(existing.text);
		const certificates = document.get('certificates') as { items: unknown[] } | undefined;
		const node = document.createNode(certificate);
		if (certificates && Array.isArray(certificates.items)) certificates.items.push(node);
		else document.set('certificates', [...existing.officer.certificates, certificate]);

		return {
			kind: 'add-certificate',
			path: `content/officers/${existing.id}.yml`,
			pagePath: `/roster/${existing.id}/`,
			yaml: document.toString(),
			certificate,
			needsCounty: false,
			cmsNewEntryUrl: null,
		};
	}

	const { applicant } = application;
	const county = findCounty(applicant.district, roster);
	// TODO: Only published officers reserve a file name, so two approved namesakes not yet published
	// are both offered the same file; an editor pasting both by hand would overwrite the first (the
	// CMS's prefilled link is safe: it numbers the second). Counting approved, unpublished records
	// as taken would need the review store read here.
	const id = makeOfficerFileName(applicant.fullName, new Set(roster.map((entry) => entry.id)));
	const officer = {
		name: applicant.fullName,
		agency: applicant.agency,
		district: applicant.district,
		campus: applicant.campus,
		county: county ?? '',
		status: 'active',
		certificates: [certificate],
	};

	return {
		kind: 'new-officer',
		path: `content/officers/${id}.yml`,
		pagePath: `/roster/${id}/`,
		yaml: stringify(officer),
		certificate,
		needsCounty: county === undefined,
		cmsNewEntryUrl: makeCmsNewEntryUrl({
			name: officer.name,
			agency: officer.agency,
			district: officer.district,
			campus: officer.campus,
			county: officer.county,
			status: officer.status,
		}),
	};
}
