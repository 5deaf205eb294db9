import type { PreviewTemplateComponentProps } from 'decap-cms-core';

/** The level page as /levels/<id>/ shows it, with the site's stylesheet (see admin.ts). */
export function LevelPreview({ entry, widgetFor }: PreviewTemplateComponentProps) {
	const title = String(entry.getIn(['data', 'title']) ?? '');
	const alias = String(entry.getIn(['data', 'alias']) ?? '');
	const summary = String(entry.getIn(['data', 'summary']) ?? '');
	const prerequisite = entry.getIn(['data', 'prerequisite']);
	const hasPrerequisite = typeof prerequisite === 'string' && prerequisite !== '';
	const prerequisiteTitle = hasPrerequisite
		? prerequisite.charAt(0).toUpperCase() + prerequisite.slice(1)
		: '';

	return (
		<main className="container">
			<p className="eyebrow">{alias}</p>
			<h1>{title} certificate</h1>
			<p className="lead">{summary}</p>
			<p className="alert">
				{hasPrerequisite
					? `You must hold the ${prerequisiteTitle} certificate before you apply for this one.`
					: 'This is the first level: everyone starts here.'}
			</p>
			<h2>Requirements</h2>
			{widgetFor('body')}
		</main>
	);
}
