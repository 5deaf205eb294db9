/**
 * HTML for emails, with every interpolated value escaped exactly once.
 *
 * Write `html\`<p>${name}</p>\``: plain values are escaped, fragments made by `html` are not
 * escaped again, so nesting never double-escapes and nothing is ever left raw. Nothing here
 * expands placeholders: a value containing `{{email}}` is shown as typed.
 */
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Markup that is already safe: made by `html`, never from user text. */
export class SafeHtml {
	readonly value: string;

	constructor(value: string) {
		this.value = value;
	}

	toString(): string {
		return this.value;
	}
}

/**
 * @param text any text, for example a name typed by an applicant
 * @returns the text with the five HTML-significant characters escaped
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

const render = (value: HtmlValue): string => {
	if (value === null || value === undefined) return '';
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');

	return escapeHtml(String(value));
};

/** Tagged template: literal parts are trusted markup, every value is escaped once. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
	let out = strings[0] ?? '';
	for (const [index, value] of values.entries()) {
		out += render(value) + (strings[index + 1] ?? '');
	}

	return new SafeHtml(out);
}

/**
 * Subjects are plain text in every client: they carry no markup, and no line breaks that could
 * start a new header.
 *
 * @returns the subject on one line, without angle brackets
 */
export function toSubject(text: string): string {
	return text
		.replace(/[\r\n\t]+/g, ' ')
		.replace(/[<>]/g, '')
		.trim();
}

/**
 * @param title the email's subject, shown as the document title
 * @param body the email's content
 * @returns a minimal HTML document that every mail client renders the same way
 */
export const wrapEmailPage = (title: string, body: SafeHtml): SafeHtml =>
	html`<!doctype html>
		<html lang="en">
			<head>
				<meta charset="utf-8" />
				<title>${title}</title>
			</head>
			<body
				style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b;"
			>
				${body}
			</body>
		</html> `;
