import { useState } from 'react';
import type { ApplicationDetail } from './review-api.ts';

interface Props {
	change: NonNullable<ApplicationDetail['rosterChange']>;
}

/** The roster change an approval calls for, ready to paste or to open in the CMS. */
export default function RosterChangePanel({ change }: Props) {
	const [copied, setCopied] = useState('');
	const fileId = change.path.replace(/^content\/officers\/|\.yml$/g, '');

	if (change.kind === 'published') {
		return (
			<p>
				The roster lists certificate {change.certificate.number}:{' '}
				<a href={change.pagePath}>{change.pagePath}</a>
			</p>
		);
	}

	const copy = async () => {
		try {
			await navigator.clipboard.writeText(change.yaml);
			setCopied('Copied.');
		} catch {
			setCopied('Copying is not allowed here: select the text and copy it.');
		}
	};

	return (
		<>
			{change.kind === 'new-officer' ? (
				<p>
					Add a new officer file, <code>{change.path}</code>, with exactly this content.{' '}
					{change.cmsNewEntryUrl ? (
						<>
							Or <a href={change.cmsNewEntryUrl}>open a new officer entry in the CMS</a> with the
							name, agency, district, campus, county and status filled in, and add the certificate
							below (level, number, awarded).
						</>
					) : (
						<>
							In the CMS,{' '}
							<a href="/admin/#/collections/officers/new">add a new certified officer</a> and enter
							these values.
						</>
					)}
				</p>
			) : (
				<p>
					Replace the officer’s file, <code>{change.path}</code>, with exactly this content: it adds
					the new certificate and keeps the rest. In the CMS:{' '}
					<a href={`/admin/#/collections/officers/entries/${fileId}`}>open the officer’s entry</a>{' '}
					and add the certificate.
				</p>
			)}
			{change.needsCounty && (
				<p className="alert alert--warning">
					Enter the county before publishing: the application does not ask for it and no officer on
					the roster serves this school district.
				</p>
			)}
			<figure>
				<figcaption>Content of {change.path}</figcaption>
				<pre className="review-yaml">
					<code>{change.yaml}</code>
				</pre>
			</figure>
			<p>
				<button className="button button--secondary" type="button" onClick={copy}>
					Copy the file content
				</button>{' '}
				<span aria-live="polite">{copied}</span>
			</p>
			<p>
				Once published, the certificate’s public page is{' '}
				<a href={change.pagePath}>{change.pagePath}</a>.
			</p>
		</>
	);
}
