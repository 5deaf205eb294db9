import { describe, expect, it } from 'vitest';
import { escapeHtml, html, toSubject } from '../../src/server/email-html.ts';

describe('html (C11)', () => {
	it('escapes every interpolated value once', () => {
		const name = 'Sam <a href="https://phish.example">Verify</a>';

		expect(html`<p>${name}</p>`.value).toBe(
			'<p>Sam &lt;a href=&quot;https://phish.example&quot;&gt;Verify&lt;/a&gt;</p>',
		);
	});

	it('does not escape a nested fragment a second time', () => {
		const inner = html`<strong>${'Tom & Jerry'}</strong>`;

		expect(html`<p>${inner}</p>`.value).toBe('<p><strong>Tom &amp; Jerry</strong></p>');
	});

	it('leaves placeholders in values as typed', () => {
		// A literal "${x}" in user text, built so it is plainly not a template placeholder here.
		const typed = `{{email}} ${'$'}{x}`;

		expect(html`<p>${typed}</p>`.value).toBe(`<p>${typed}</p>`);
	});

	it.each([
		{ text: `O'Neil`, escaped: 'O&#39;Neil' },
		{ text: '<img src=x onerror=alert(1)>', escaped: '&lt;img src=x onerror=alert(1)&gt;' },
		{ text: 'Peña Nguyễn', escaped: 'Peña Nguyễn' },
	])('escapes $text', ({ text, escaped }) => {
		expect(escapeHtml(text)).toBe(escaped);
	});
});

describe('toSubject', () => {
	it('keeps a subject on one line with no markup', () => {
		expect(toSubject('New <b>application</b>\r\nBcc: x@example.com')).toBe(
			'New bapplication/b Bcc: x@example.com',
		);
	});
});
