import { useEffect, useRef } from 'react';
import type { Draft } from './draft.ts';

interface Props {
	answers: Draft['eligibility'];
	onChangeAnswers: () => void;
}

export function IneligibleNotice({ answers, onChangeAnswers }: Props) {
	const ref = useRef<HTMLHeadingElement>(null);

	useEffect(() => ref.current?.focus(), []);

	return (
		<section aria-labelledby="ineligible-heading">
			<h2 id="ineligible-heading" ref={ref} tabIndex={-1}>
				You cannot apply for an SRO certificate yet
			</h2>
			<ul>
				{answers.sworn === 'no' && (
					<li>
						The certificate is only for sworn law-enforcement officers appointed by a
						law-enforcement agency located in Arkansas.
					</li>
				)}
				{answers.servingSro === 'no' && (
					<li>
						The certificate is only for officers currently serving as a School Resource Officer in
						an Arkansas school.
					</li>
				)}
			</ul>
			<p>
				You can apply once both are true. Read <a href="/eligibility/">who may apply</a> for more.
			</p>
			<button type="button" className="button button--secondary" onClick={onChangeAnswers}>
				Change my answers
			</button>
		</section>
	);
}
