/**
 * Small real files, made byte by byte, for upload tests: each opens in a viewer, so a test that
 * accepts them proves real documents pass, and the broken ones differ from them in one way.
 */
import { crc32, deflateSync } from 'node:zlib';

const ascii = (text: string) => Buffer.from(text, 'latin1');

/**
 * A one-page PDF with a text line, correct cross-reference table and `%%EOF`.
 *
 * @param padding bytes of comment lines in the content stream, to make the file larger
 */
export function makePdf(padding = 0): Buffer {
	const stream = `BT /F1 12 Tf 72 720 Td (Certificate of completion) Tj ET\n${'% padding line\n'.repeat(Math.ceil(padding / 15))}`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (const [index, object] of objects.entries()) {
		offsets.push(body.length);
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	}
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;

	return ascii(body);
}

const pngChunk = (type: string, data: Buffer) => {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typed = Buffer.concat([ascii(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typed));

	return Buffer.concat([length, typed, crc]);
};

/** A 2×2 red PNG. */
export function makePng(): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(2, 0);
	header.writeUInt32BE(2, 4);
	header.set([8, 2, 0, 0, 0], 8);
	// Each row: filter byte 0, then RGB pixels.
	const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);

	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', header),
		pngChunk('IDAT', deflateSync(rows)),
		pngChunk('IEND', Buffer.alloc(0)),
	]);
}

const segment = (marker: number, data: number[]) => {
	const length = data.length + 2;

	return [0xff, marker, length >> 8, length & 0xff, ...data];
};

/**
 * A baseline JPEG of one grey pixel: one 8×8 block whose only Huffman codes are "DC difference
 * 0" and "end of block", each the one-bit code 0.
 */
export function makeJpeg(): Buffer {
	const jfif = [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
	const quantization = [0, ...new Array(64).fill(1)];
	const frame = [8, 0, 1, 0, 1, 1, 1, 0x11, 0];
	const oneCode = (tableClass: number) => [tableClass, 1, ...new Array(15).fill(0), 0];
	const scan = [1, 1, 0x00, 0, 63, 0];

	return Buffer.from([
		0xff,
		0xd8,
		...segment(0xe0, jfif),
		...segment(0xdb, quantization),
		...segment(0xc0, frame),
		...segment(0xc4, oneCode(0x00)),
		...segment(0xc4, oneCode(0x10)),
		...segment(0xda, scan),
		// Bits 0 (DC: no difference) and 0 (AC: end of block), padded with ones.
		0b0011_1111,
		0xff,
		0xd9,
	]);
}

/** The first bytes of an iPhone photo: an ISO-BMFF `ftyp` box with the `heic` brand. */
export function makeHeicHeader(): Buffer {
	const box = Buffer.concat([ascii('ftyp'), ascii('heic'), Buffer.alloc(4), ascii('mif1heic')]);
	const size = Buffer.alloc(4);
	size.writeUInt32BE(box.length + 4);

	return Buffer.concat([size, box, Buffer.alloc(200)]);
}

export const HTML_WITH_SCRIPT = ascii(
	'<!doctype html><html><body><script>alert(document.cookie)</script><p>Letter</p></body></html>\n',
);

export const SVG_WITH_SCRIPT = ascii(
	'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>\n',
);
