import { LETTER_SOURCE_LABELS, type LevelRules } from '../../../domain/levels.ts';
import type { LetterDraft } from './draft.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { FileField } from './FileField.tsx';
import { useFieldError } from './form-context.ts';
import { RadioGroup } from './RadioGroup.tsx';
import { TextField } from './TextField.tsx';

interface Props {
	rules: LevelRules;
	letters: readonly LetterDraft[];
	onChange: (letters: LetterDraft[]) => void;
	makeKey: () => string;
}

export function LettersSection({ rules, letters, onChange, makeKey }: Props) {
	const error = useFieldError('letters');
	const replace = (index: number, letter: LetterDraft) =>
		onChange(letters.map((item, at) => (at === index ? letter : item)));
	const sources = rules.letterSources.map((source) => LETTER_SOURCE_LABELS[source].toLowerCase());
	const add = () =>
		onChange([...letters, { key: makeKey(), authorName: '', authorRole: '', document: undefined }]);

	return (
		<section aria-labelledby="letters-heading" id="letters" className="form-section">
			<h2 id="letters-heading">Letters of support</h2>
			<p>
				This level needs{' '}
				{rules.lettersRequired === 1 ? 'a letter' : `${rules.lettersRequired} letters`} of support
				from {sources.join(rules.lettersFromEachSource ? ' and ' : ' or ')}.
			</p>
			<ErrorMessage id="letters" message={error} />
			{letters.map((letter, index) => (
				<fieldset className="entry" id={`letters-${index}`} key={letter.key}>
					<legend className="entry__legend">Letter {index + 1}</legend>
					<TextField
						id={`letters-${index}-authorName`}
						label="Author’s name"
						value={letter.authorName}
						onChange={(authorName) => replace(index, { ...letter, authorName })}
					/>
					<RadioGroup
						id={`letters-${index}-authorRole`}
						legend="Who is the author?"
						options={rules.letterSources.map((source) => ({
							value: source,
							label: LETTER_SOURCE_LABELS[source],
						}))}
						value={letter.authorRole}
						onChange={(authorRole) => replace(index, { ...letter, authorRole })}
					/>
					<FileField
						id={`letters-${index}-document`}
						slot={{ list: 'letters', key: letter.key }}
						label="The signed letter"
						document={letter.document}
					/>
					<button
						type="button"
						className="button button--secondary"
						onClick={() => onChange(letters.filter((_, at) => at !== index))}
					>
						Remove letter {index + 1}
					</button>
				</fieldset>
			))}
			<button type="button" className="button button--secondary" onClick={add}>
				Add a letter of support
			</button>
		</section>
	);
}
