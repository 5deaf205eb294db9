import { useEffect, useRef } from 'react';

interface Props {
	reference: string;
	receipt: 'sent' | 'queued';
	email: string;
	decisionDays: number;
}

export function Confirmation({ reference, receipt, email, decisionDays }: Props) {
	const ref = useRef<HTMLHeadingElement>(null);

	useEffect(() => ref.current?.focus(), []);

	return (
		<section aria-labelledby="confirmation-heading">
			<div className="panel panel--confirmation">
				<h2 id="confirmation-heading" ref={ref} tabIndex={-1}>
					Application submitted
				</h2>
				<p>
					Your reference number
					<br />
					<strong className="panel__reference">{reference}</strong>
				</p>
			</div>
			<p>
				{receipt === 'sent'
					? `We have sent a receipt to ${email}.`
					: `A receipt to ${email} is on its way; it may take a little while. Keep your reference number meanwhile.`}
			</p>
			<h2>What happens next</h2>
			<ol>
				<li>The certificate committee reviews your application and documents.</li>
				<li>It may email you if it needs more information.</li>
				<li>You hear its decision by email in about {decisionDays} days.</li>
			</ol>
			<p>
				You can <a href="/status/">check your application’s status</a> with your reference number
				and email address.
			</p>
		</section>
	);
}
