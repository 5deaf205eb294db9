import type { LevelId } from '../../../domain/levels.ts';
import type { LevelOption } from './level-option.ts';
import { RadioGroup } from './RadioGroup.tsx';
import { TextField } from './TextField.tsx';

interface Props {
	levels: readonly LevelOption[];
	level: LevelId | '';
	currentCertificate: string;
	onLevelChange: (level: LevelId) => void;
	onCertificateChange: (value: string) => void;
}

export function LevelSection({
	levels,
	level,
	currentCertificate,
	onLevelChange,
	onCertificateChange,
}: Props) {
	const chosen = levels.find((option) => option.id === level);
	const previous = chosen?.prerequisite
		? levels.find((option) => option.id === chosen.prerequisite)
		: undefined;

	return (
		<section aria-labelledby="level-heading">
			<h2 id="level-heading">Certificate level</h2>
			<RadioGroup
				id="level"
				legend="Which certificate are you applying for?"
				hint="Levels are earned in order: you need the level before to apply for the next."
				options={levels.map((option) => ({
					value: option.id,
					label: `${option.title} (${option.alias})`,
				}))}
				value={level}
				onChange={onLevelChange}
			/>
			{previous && (
				<TextField
					id="currentCertificate"
					label={`Your ${previous.title} certificate number`}
					hint="As printed on your certificate, for example ACSS-1-2025-0042."
					value={currentCertificate}
					isShort
					onChange={onCertificateChange}
				/>
			)}
		</section>
	);
}
