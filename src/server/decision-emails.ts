/**
 * The decision emails to the applicant: approved (certificate number and its public page),
 * denied (the reason and what to do next, from settings), more information (what is needed and
 * how to send it). Same rules as the receipt: user values go into the text as they are and into
 * the HTML through `html` (escaped once), subjects hold no user values, nothing is expanded.
 */
import type { ApplicationRecord, OutgoingEmail } from '../domain/application-record.ts';
import { ACCEPTED_TYPES_TEXT } from '../domain/documents.ts';
import type { Level } from '../domain/levels.ts';
import type { Settings } from '../domain/settings.ts';
import { html, toSubject, wrapEmailPage } from './email-html.ts';

export type DecisionEmailInput = {
	record: ApplicationRecord;
	level: Level;
	settings: Settings;
	/** The public site's address, without a trailing slash. Example: https://sro.example.org */
	siteUrl: string;
} & (
	| { action: 'approve'; certificateNumber: string; pagePath: string; note?: never }
	| { action: 'deny'; note: string; certificateNumber?: never; pagePath?: never }
	| { action: 'more-information'; note: string; certificateNumber?: never; pagePath?: never }
);

/** Keeps the applicant's line breaks in HTML without trusting any markup in the text. */
const paragraphs = (text: string) =>
	text
		.split(/\r?\n\s*\r?\n/)
		.map(
			(part) =>
				html`<p>
					${part.split(/\r?\n/).map((line, index) => (index ? [html`<br />`, line] : line))}
				</p>`,
		);

const signature = 'Arkansas Center for School Safety';

/**
 * @returns the email telling the applicant the committee's decision
 */
export function composeDecisionEmail(input: DecisionEmailInput): OutgoingEmail {
	const { record, level, settings, siteUrl } = input;
	const name = record.application.applicant.fullName;
	const to = record.application.applicant.email;
	const replyTo = settings.contactEmail;

	if (input.action === 'approve') {
		const pageUrl = `${siteUrl}${input.pagePath}`;
		const subject = toSubject(
			`Your ${level.title} certificate application ${record.reference} is approved`,
		);
		const text = `Dear ${name},

The certificate committee approved your application ${record.reference} for the ${level.title} certificate (${level.alias}).

Your certificate number: ${input.certificateNumber}

Anyone can check your certificate on its public page once the roster is updated (usually within a few days):
${pageUrl}

Questions? Write to ${settings.contactEmail} and quote your reference.

${signature}
`;
		const body = html`<p>Dear ${name},</p>
			<p>
				The certificate committee approved your application <strong>${record.reference}</strong> for
				the ${level.title} certificate (${level.alias}).
			</p>
			<p>Your certificate number: <strong>${input.certificateNumber}</strong></p>
			<p>
				Anyone can check your certificate on its public page once the roster is updated (usually
				within a few days):<br /><a href="${pageUrl}">${pageUrl}</a>
			</p>
			<p>
				Questions? Write to
				<a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a> and quote your
				reference.
			</p>
			<p>${signature}</p>`;

		return { to, subject, text, html: wrapEmailPage(subject, body).value, replyTo };
	}

	if (input.action === 'deny') {
		const subject = toSubject(`The decision on your application ${record.reference}`);
		const text = `Dear ${name},

The certificate committee has reviewed your application ${record.reference} for the ${level.title} certificate (${level.alias}) and could not approve it.

The committee's reason:
${input.note}

What you can do next:
${settings.afterDenial}

Questions? Write to ${settings.contactEmail} and quote your reference.

${signature}
`;
		const body = html`<p>Dear ${name},</p>
			<p>
				The certificate committee has reviewed your application
				<strong>${record.reference}</strong> for the ${level.title} certificate (${level.alias}) and
				could not approve it.
			</p>
			<h2 style="font-size: 18px;">The committee’s reason</h2>
			${paragraphs(input.note)}
			<h2 style="font-size: 18px;">What you can do next</h2>
			${paragraphs(settings.afterDenial)}
			<p>
				Questions? Write to
				<a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a> and quote your
				reference.
			</p>
			<p>${signature}</p>`;

		return { to, subject, text, html: wrapEmailPage(subject, body).value, replyTo };
	}

	const statusUrl = `${siteUrl}/status/`;
	const subject = toSubject(
		`The committee needs more information for your application ${record.reference}`,
	);
	const text = `Dear ${name},

The certificate committee is reviewing your application ${record.reference} for the ${level.title} certificate (${level.alias}) and needs more information.

What the committee needs:
${input.note}

How to send it:
1. Go to ${statusUrl}
2. Enter your reference ${record.reference} and this email address.
3. Upload the documents (${ACCEPTED_TYPES_TEXT}). Black out Social Security numbers and dates of birth first.

Your application goes back to the committee as soon as you upload.

Questions? Write to ${settings.contactEmail} and quote your reference.

${signature}
`;
	const body = html`<p>Dear ${name},</p>
		<p>
			The certificate committee is reviewing your application
			<strong>${record.reference}</strong> for the ${level.title} certificate (${level.alias}) and
			needs more information.
		</p>
		<h2 style="font-size: 18px;">What the committee needs</h2>
		${paragraphs(input.note)}
		<h2 style="font-size: 18px;">How to send it</h2>
		<ol>
			<li>Go to <a href="${statusUrl}">${statusUrl}</a></li>
			<li>Enter your reference <strong>${record.reference}</strong> and this email address.</li>
			<li>
				Upload the documents (${ACCEPTED_TYPES_TEXT}). Black out Social Security numbers and dates
				of birth first.
			</li>
		</ol>
		<p>Your application goes back to the committee as soon as you upload.</p>
		<p>
			Questions? Write to <a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a> and
			quote your reference.
		</p>
		<p>${signature}</p>`;

	return { to, subject, text, html: wrapEmailPage(subject, body).value, replyTo };
}
