import type { ApplicantDraft } from './draft.ts';
import { TextField } from './TextField.tsx';

interface Props {
	applicant: ApplicantDraft;
	onChange: (applicant: ApplicantDraft) => void;
}

export function ApplicantSection({ applicant, onChange }: Props) {
	const field = (name: keyof ApplicantDraft) => ({
		id: `applicant-${name}`,
		value: applicant[name],
		onChange: (value: string) => onChange({ ...applicant, [name]: value }),
	});

	return (
		<section aria-labelledby="applicant-heading">
			<h2 id="applicant-heading" tabIndex={-1}>
				About you
			</h2>
			<TextField
				{...field('fullName')}
				label="Full name"
				hint="As it should appear on your certificate."
				autoComplete="name"
			/>
			<TextField
				{...field('email')}
				label="Email address"
				type="email"
				autoComplete="email"
				hint="We send your receipt and the committee’s decision here."
			/>
			<TextField {...field('phone')} label="Phone number" type="tel" autoComplete="tel" />
			<TextField {...field('aclestNumber')} label="ACLEST officer number" isShort />
			<TextField {...field('agency')} label="Law-enforcement agency" autoComplete="organization" />
			<TextField
				{...field('agencyHeadName')}
				label="Name of your agency head"
				hint="Your chief of police or sheriff."
			/>
			<TextField {...field('agencyHeadEmail')} label="Agency head’s email address" type="email" />
			<TextField {...field('district')} label="School district" />
			<TextField {...field('campus')} label="Campus" hint="The school where you serve." />
			<TextField
				{...field('firstAssigned')}
				label="Date you were first assigned as an SRO"
				type="date"
				isShort
				hint="For example, 2023-08-14."
			/>
			<TextField
				{...field('schoolYears')}
				label="Full school years served as an SRO"
				inputMode="numeric"
				isShort
				hint="Count only complete school years. Enter 0 if you have not completed one yet."
			/>
		</section>
	);
}
