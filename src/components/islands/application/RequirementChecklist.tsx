import type { RequirementResult, RequirementStatus } from '../../../domain/requirements.ts';

interface Props {
	levelTitle: string;
	/** The level the officer must already hold, if any. */
	previousTitle: string | undefined;
	results: readonly RequirementResult[];
}

const STATUS_TEXT: Record<RequirementStatus, string> = {
	met: 'Met',
	'not-met': 'Not met yet',
	'needs-review': 'Attached: the committee will judge it',
};

export function RequirementChecklist({ levelTitle, previousTitle, results }: Props) {
	if (results.length === 0) return null;
	const metCount = results.filter((result) => result.status !== 'not-met').length;

	return (
		<section aria-labelledby="checklist-heading" className="checklist">
			<h2 id="checklist-heading">Your {levelTitle} checklist</h2>
			<p>
				Your entries so far meet {metCount} of {results.length} requirements.
				{previousTitle && ` You must also hold the ${previousTitle} certificate.`}
			</p>
			<ul className="checklist__list">
				{results.map((result) => (
					<li key={result.id} className={`checklist__item checklist__item--${result.status}`}>
						<span className={`tag checklist__tag--${result.status}`}>
							{STATUS_TEXT[result.status]}
						</span>{' '}
						<span className="checklist__label">{result.label}</span>
						<span className="hint checklist__detail">{result.detail}</span>
					</li>
				))}
			</ul>
		</section>
	);
}
