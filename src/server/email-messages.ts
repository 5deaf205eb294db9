/**
 * The emails sent when an application arrives: a receipt to the applicant and a notice to the
 * committee. Each has a plain-text and an HTML body. User values go into the text as they are
 * and into the HTML through `html` (escaped once); subjects hold no user values at all, so they
 * can carry no markup. Nothing is ever expanded: `{{email}}` in a value is shown as typed.
 */
import type { ApplicationRecord, OutgoingEmail } from '../domain/application-record.ts';
import type { Level } from '../domain/levels.ts';
import type { Settings } from '../domain/settings.ts';
import { PROGRAM_TIME_ZONE } from './applications-store.ts';
import { html, toSubject, wrapEmailPage } from './email-html.ts';

const LONG_DATE = new Intl.DateTimeFormat('en-US', {
	dateStyle: 'long',
	timeZone: PROGRAM_TIME_ZONE,
});

/** The public site's address: Netlify sets URL on every deploy; locally it is `npm start`'s. */
export const getSiteUrl = () => (process.env.URL ?? 'http://localhost:4321').replace(/\/$/, '');

export interface MessageInput {
	record: ApplicationRecord;
	level: Level;
	settings: Settings;
}

/**
 * @returns the receipt for the applicant: reference, level, what happens next, decision time
 */
export function composeReceipt({ record, level, settings }: MessageInput): OutgoingEmail {
	const { applicant } = record.application;
	const submitted = LONG_DATE.format(new Date(record.submittedAt));
	const statusUrl = `${getSiteUrl()}/status/`;
	const subject = toSubject(
		`We received your application ${record.reference} for the ${level.title} certificate`,
	);

	const text = `Dear ${applicant.fullName},

We received your application for the ${level.title} certificate (${level.alias}) of the Arkansas School Resource Officer Certificate Program on ${submitted}.

Your reference: ${record.reference}

What happens next
- The certificate committee, with members from ACSS, DESE and the Arkansas Safe Schools Association, reviews every application.
- You will hear the committee's decision by email, about ${settings.decisionDays} days after you applied.
- If the committee needs more information, it will email you what to send.
- To see where your application stands, go to ${statusUrl} and enter your reference and this email address.

Questions? Write to ${settings.contactEmail} and quote your reference.

Arkansas Center for School Safety
`;

	const body = html`<p>Dear ${applicant.fullName},</p>
		<p>
			We received your application for the
			<strong>${level.title} certificate</strong> (${level.alias}) of the Arkansas School Resource
			Officer Certificate Program on ${submitted}.
		</p>
		<p>Your reference: <strong>${record.reference}</strong></p>
		<h2 style="font-size: 18px;">What happens next</h2>
		<ul>
			<li>
				The certificate committee, with members from ACSS, DESE and the Arkansas Safe Schools
				Association, reviews every application.
			</li>
			<li>
				You will hear the committee's decision by email, about ${settings.decisionDays} days after
				you applied.
			</li>
			<li>If the committee needs more information, it will email you what to send.</li>
			<li>
				To see where your application stands, go to <a href="${statusUrl}">${statusUrl}</a> and
				enter your reference and this email address.
			</li>
		</ul>
		<p>
			Questions? Write to <a href="mailto:${settings.contactEmail}">${settings.contactEmail}</a> and
			quote your reference.
		</p>
		<p>Arkansas Center for School Safety</p>`;

	return {
		to: applicant.email,
		subject,
		text,
		html: wrapEmailPage(subject, body).value,
		replyTo: settings.contactEmail,
	};
}

/**
 * @returns the notice to the committee address from settings: who applied for what, and where
 *   to review it
 */
export function composeCommitteeNotice({ record, level, settings }: MessageInput): OutgoingEmail {
	const { applicant } = record.application;
	const submitted = LONG_DATE.format(new Date(record.submittedAt));
	const reviewUrl = `${getSiteUrl()}/review/`;
	const subject = toSubject(`New application ${record.reference}: ${level.title} certificate`);
	const documents = record.documents.length;

	const text = `A new application is waiting for the committee.

Reference: ${record.reference}
Level: ${level.title} (${level.alias})
Applicant: ${applicant.fullName}
Agency: ${applicant.agency}
School district: ${applicant.district}
Submitted: ${submitted}
Documents: ${documents}

Review it at ${reviewUrl}. The program aims to decide within about ${settings.decisionDays} days.
`;

	const body = html`<p>A new application is waiting for the committee.</p>
		<table role="presentation" style="border-collapse: collapse;">
			<tr>
				<th style="text-align: left; padding-right: 12px;">Reference</th>
				<td>${record.reference}</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">Level</th>
				<td>${level.title} (${level.alias})</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">Applicant</th>
				<td>${applicant.fullName}</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">Agency</th>
				<td>${applicant.agency}</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">School district</th>
				<td>${applicant.district}</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">Submitted</th>
				<td>${submitted}</td>
			</tr>
			<tr>
				<th style="text-align: left; padding-right: 12px;">Documents</th>
				<td>${documents}</td>
			</tr>
		</table>
		<p>
			Review it at <a href="${reviewUrl}">${reviewUrl}</a>. The program aims to decide within about
			${settings.decisionDays} days.
		</p>`;

	return {
		to: settings.committeeEmail,
		subject,
		text,
		html: wrapEmailPage(subject, body).value,
		replyTo: settings.contactEmail,
	};
}
