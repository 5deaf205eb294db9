import type { PreviewTemplateComponentProps } from 'decap-cms-core';

/** One question as /faq/ shows it, with the site's stylesheet (see admin.ts). */
export function FaqPreview({ entry, widgetFor }: PreviewTemplateComponentProps) {
	const question = String(entry.getIn(['data', 'question']) ?? '');

	return (
		<main className="container">
			<h1>Frequently asked questions</h1>
			<section aria-labelledby="faq-preview">
				<h2 id="faq-preview">{question}</h2>
				{widgetFor('body')}
			</section>
		</main>
	);
}
