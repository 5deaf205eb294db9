import { describe, expect, it } from 'vitest';
import { checkDocument, makeSafeFileName } from '../../src/server/file-check.ts';
import {
	HTML_WITH_SCRIPT,
	makeHeicHeader,
	makeJpeg,
	makePdf,
	makePng,
	SVG_WITH_SCRIPT,
} from '../support/files.ts';

describe('checkDocument', () => {
	it.each([
		{ kind: 'a real PDF', bytes: makePdf(), type: 'application/pdf' },
		{ kind: 'a real JPEG', bytes: makeJpeg(), type: 'image/jpeg' },
		{ kind: 'a real PNG', bytes: makePng(), type: 'image/png' },
		{
			kind: 'a PDF with bytes after %%EOF',
			bytes: Buffer.concat([makePdf(), Buffer.from('\r\n\n')]),
			type: 'application/pdf',
		},
	])('accepts $kind as $type', async ({ bytes, type }) => {
		expect(await checkDocument(bytes, { name: 'x', type: '' })).toEqual({ ok: true, type });
	});

	it.each([
		{
			kind: 'HTML renamed .pdf (C13)',
			bytes: HTML_WITH_SCRIPT,
			name: 'letter.pdf',
			type: 'application/pdf',
			reason: 'not-accepted',
		},
		{
			kind: 'SVG renamed .jpg (C13)',
			bytes: SVG_WITH_SCRIPT,
			name: 'scan.jpg',
			type: 'image/jpeg',
			reason: 'not-accepted',
		},
		{
			kind: 'a 0-byte PDF (C13)',
			bytes: new Uint8Array(),
			name: 'cert.pdf',
			type: 'application/pdf',
			reason: 'empty',
		},
		{
			kind: 'a PDF cut to 1 KB (C13)',
			bytes: makePdf(4000).subarray(0, 1024),
			name: 'cut.pdf',
			type: 'application/pdf',
			reason: 'incomplete',
		},
		{
			kind: 'a HEIC photo (C14)',
			bytes: makeHeicHeader(),
			name: 'IMG_4821.HEIC',
			type: 'image/heic',
			reason: 'heic',
		},
		{
			kind: 'a HEIC photo sent as octet-stream (C14)',
			bytes: makeHeicHeader(),
			name: 'photo',
			type: 'application/octet-stream',
			reason: 'heic',
		},
		{
			kind: 'a GIF',
			bytes: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
			name: 'a.gif',
			type: 'image/gif',
			reason: 'not-accepted',
		},
	])('refuses $kind', async ({ bytes, name, type, reason }) => {
		const result = await checkDocument(bytes, { name, type });

		expect(result).toMatchObject({ ok: false, reason, message: expect.stringMatching(/\S/) });
	});
});

describe('makeSafeFileName (C07)', () => {
	it.each([
		{ raw: 'Carta de apoyo – Peña Nguyễn 📄.pdf', expected: 'Carta de apoyo – Peña Nguyễn 📄.pdf' },
		{
			raw: 'Carta de apoyo – Peña Nguyễn 📄.pdf'.normalize('NFD'),
			expected: 'Carta de apoyo – Peña Nguyễn 📄.pdf',
		},
		{ raw: '../../etc/passwd.pdf', expected: 'passwd.pdf' },
		{ raw: '..\\..\\windows\\letter.pdf', expected: 'letter.pdf' },
		{ raw: '.hidden.pdf', expected: 'hidden.pdf' },
		{ raw: 'a<b>:c|d?.pdf', expected: 'a_b__c_d_.pdf' },
		{ raw: 'line\nbreak\u0000.pdf', expected: 'linebreak.pdf' },
		{ raw: 'invoice\u202Efdp.exe', expected: 'invoicefdp.exe.pdf' },
		{ raw: 'scan', expected: 'scan.pdf' },
		{ raw: '', expected: 'document.pdf' },
		{ raw: 'LETTER.PDF', expected: 'LETTER.PDF' },
	])('stores "$raw" as "$expected"', ({ raw, expected }) => {
		expect(makeSafeFileName(raw, 'application/pdf')).toBe(expected);
	});

	it('cuts a 300-character name to 120 characters without splitting an emoji', () => {
		const name = makeSafeFileName(`${'📄'.repeat(150)}.jpeg`, 'image/jpeg');

		expect(name.length).toBeLessThanOrEqual(120);
		expect(name).toMatch(/^(📄)+\.jpeg$/u);
	});

	it('adds the extension of the type found when the name has another', () => {
		expect(makeSafeFileName('photo.heic', 'image/jpeg')).toBe('photo.heic.jpg');
	});
});
