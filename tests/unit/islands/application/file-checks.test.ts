import { describe, expect, it } from 'vitest';
import {
	checkFile,
	formatMegabytes,
	isAcceptedType,
	isHeic,
} from '../../../../src/components/islands/application/file-checks.ts';
import { MAX_FILE_BYTES, MAX_FILES } from '../../../../src/domain/documents.ts';

const MB = 1024 * 1024;
const pdf = (size: number, name = 'certificate.pdf') => ({ name, type: 'application/pdf', size });

describe('checkFile', () => {
	it('accepts a PDF under every limit', () => {
		expect(checkFile(pdf(MB), [])).toBeNull();
	});

	it('C06: refuses a 5.9 MB PDF, stating its size and the 4 MB limit', () => {
		expect(checkFile(pdf(5.9 * MB, 'scan.pdf'), [])).toBe(
			'scan.pdf is 5.9 MB. Each file must be 4 MB or smaller: scan it at a lower resolution or split it into parts.',
		);
	});

	it('C06: accepts two 3.1 MB PDFs one by one, and counts them toward the 30 MB total', () => {
		expect(checkFile(pdf(3.1 * MB), [])).toBeNull();
		expect(checkFile(pdf(3.1 * MB), [pdf(3.1 * MB)])).toBeNull();

		const nearlyFull = Array.from({ length: 9 }, () => pdf(3.1 * MB));
		expect(checkFile(pdf(3.1 * MB, 'tenth.pdf'), nearlyFull)).toMatch(
			/^tenth\.pdf would bring your documents to 31\.0 MB\. An application can hold up to 30 MB/,
		);
	});

	it('accepts a file of exactly 4 MB', () => {
		expect(checkFile(pdf(MAX_FILE_BYTES), [])).toBeNull();
	});

	it(`refuses a file beyond the ${MAX_FILES}th`, () => {
		const full = Array.from({ length: MAX_FILES }, () => pdf(1000));

		expect(checkFile(pdf(1000, 'extra.pdf'), full)).toBe(
			'An application can hold up to 15 files. Remove a file before adding extra.pdf.',
		);
	});

	it('refuses an empty file', () => {
		expect(checkFile(pdf(0, 'cert.pdf'), [])).toBe(
			'cert.pdf is empty. Upload a file that contains your document.',
		);
	});

	it.each([
		['image/heic', 'IMG_4821.HEIC'],
		['', 'IMG_4821.HEIC'],
		['application/octet-stream', 'IMG_4821.HEIC'],
		['image/heif', 'photo.heif'],
	])(
		'C14: refuses a HEIC photo reported as "%s", naming it, the accepted types and how to send a JPEG',
		(type, name) => {
			const message = checkFile({ name, type, size: 2 * MB }, []);

			expect(message).toContain(`${name} is a HEIC photo`);
			expect(message).toContain('PDF, JPEG or PNG');
			expect(message).toContain('Most Compatible');
		},
	);

	it('refuses a Word document by its declared type', () => {
		expect(
			checkFile(
				{
					name: 'letter.docx',
					type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
					size: 1000,
				},
				[],
			),
		).toBe(
			'letter.docx is not a PDF, JPEG or PNG file. Upload your document as a PDF, JPEG or PNG file.',
		);
	});
});

describe('isAcceptedType', () => {
	it.each([
		['scan.jpg', 'image/jpeg', true],
		['scan.png', 'image/png', true],
		['scan.PDF', '', true],
		['scan.jpeg', 'application/octet-stream', true],
		['scan.svg', 'image/svg+xml', false],
		['scan', '', false],
	])('%s reported as "%s" is accepted: %s', (name, type, expected) => {
		expect(isAcceptedType({ name, type, size: 1 })).toBe(expected);
	});
});

describe('isHeic', () => {
	it('does not mistake a JPEG for a HEIC photo', () => {
		expect(isHeic({ name: 'IMG_4821.JPG', type: 'image/jpeg', size: 1 })).toBe(false);
	});
});

describe('formatMegabytes', () => {
	it.each([
		[5.9 * MB, '5.9 MB'],
		[3.1 * MB, '3.1 MB'],
		[2000, '0.1 MB'],
		[0, '0.0 MB'],
	])('writes %d bytes as %s', (bytes, text) => {
		expect(formatMegabytes(bytes)).toBe(text);
	});
});
