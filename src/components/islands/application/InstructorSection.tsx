import { CheckboxField } from './CheckboxField.tsx';
import type { Draft } from './draft.ts';
import { FileField } from './FileField.tsx';

interface Props {
	instructor: Draft['instructor'];
	onChange: (instructor: Draft['instructor']) => void;
}

export function InstructorSection({ instructor, onChange }: Props) {
	return (
		<section aria-labelledby="instructor-heading" id="instructor" className="form-section">
			<h2 id="instructor-heading">Instructor status</h2>
			<CheckboxField
				id="instructor-isInstructor"
				label="I am an active ACLEST-certified instructor of school-safety courses"
				checked={instructor.isInstructor}
				onChange={(isInstructor) => onChange({ ...instructor, isInstructor })}
			/>
			{instructor.isInstructor && (
				<FileField
					id="instructor-document"
					slot={{ list: 'instructor' }}
					label="Proof of your instructor certification"
					document={instructor.document}
				/>
			)}
		</section>
	);
}
