import { type MouseEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { findFieldId, type Problem } from './field-ids.ts';

interface Props {
	problems: readonly Problem[];
	/** Changes on every failed attempt, so the summary takes focus again even with the same problems. */
	attempt: number;
	/** A problem that belongs to no field, such as a refusal's general message. */
	message?: string | undefined;
}

const hasElement = (id: string) => document.getElementById(id) !== null;

/**
 * Moves focus to the field and brings its label (or its group's legend) into view, as GOV.UK's
 * error summary does: scrolling to the input alone can hide the question above it.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
	const target = document.getElementById(id);
	if (!target) return;
	event.preventDefault();
	const input = target.matches('input, select, textarea, button')
		? target
		: target.querySelector<HTMLElement>('input, select, textarea, button');
	const legend = target.closest('fieldset')?.querySelector('legend');
	const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
	(legend ?? label ?? target).scrollIntoView();
	(input ?? target).focus({ preventScroll: true });
}

export function ErrorSummary({ problems, attempt, message }: Props) {
	const ref = useRef<HTMLDivElement>(null);
	const [isFocusable, setIsFocusable] = useState(true);
	const [fieldIds, setFieldIds] = useState<(string | null)[]>([]);
	const isShown = problems.length > 0 || Boolean(message);

	// The fields may appear in the same commit (a refusal sends the officer back to the form), so
	// links are matched to fields once the page is in place.
	useLayoutEffect(() => {
		setFieldIds(problems.map((problem) => findFieldId(problem.path, hasElement)));
	}, [problems]);

	useEffect(() => {
		if (!isShown || attempt === 0) return;
		setIsFocusable(true);
		// Runs after the tabindex is back on the element.
		requestAnimationFrame(() => ref.current?.focus());
	}, [attempt, isShown]);

	// GOV.UK takes the summary out of the tab order once focus leaves it, so it is not a stray stop.
	const attach = useCallback((summary: HTMLDivElement | null) => {
		ref.current = summary;
		if (!summary) return;
		const onBlur = () => setIsFocusable(false);
		summary.addEventListener('blur', onBlur);

		return () => summary.removeEventListener('blur', onBlur);
	}, []);

	if (!isShown) return null;

	return (
		<div ref={attach} className="error-summary" tabIndex={isFocusable ? -1 : undefined}>
			<div role="alert">
				<h2 className="error-summary__title">There is a problem</h2>
				{message && <p>{message}</p>}
				{problems.length > 0 && (
					<ul className="error-summary__list">
						{problems.map((problem, index) => {
							const id = fieldIds[index];
							return (
								<li key={`${problem.path}:${problem.message}`}>
									{id ? (
										<a href={`#${id}`} onClick={(event) => focusField(event, id)}>
											{problem.message}
										</a>
									) : (
										problem.message
									)}
								</li>
							);
						})}
					</ul>
				)}
			</div>
		</div>
	);
}
