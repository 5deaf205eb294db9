import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApplicationSchema } from '../../domain/application.ts';
import { type LevelId, LevelIdSchema } from '../../domain/levels.ts';
import { sendApplication, sendFile, type UploadRequest } from './application/requests.ts';
import { CheckAnswersStep } from './application/CheckAnswersStep.tsx';
import { Confirmation } from './application/Confirmation.tsx';
import { DetailsStep } from './application/DetailsStep.tsx';
import {
	changeLevel,
	type DocumentSlot,
	type Draft,
	listDocuments,
	makeDraft,
	setDocument,
	slotName,
	slotPath,
	type Step,
	toApplicationInput,
} from './application/draft.ts';
import { clearDraft, loadDraft, saveDraft } from './application/draft-storage.ts';
import { DraftBar } from './application/DraftBar.tsx';
import { EligibilityStep } from './application/EligibilityStep.tsx';
import { ErrorSummary } from './application/ErrorSummary.tsx';
import { type Problem, toFieldId } from './application/field-ids.ts';
import { checkFile } from './application/file-checks.ts';
import { ErrorsContext, type PendingUpload, UploadsContext } from './application/form-context.ts';
import { IneligibleNotice } from './application/IneligibleNotice.tsx';
import type { LevelOption } from './application/level-option.ts';
import { validateDraft } from './application/validate-draft.ts';

interface Props {
	levels: LevelOption[];
	decisionDays: number;
}

type Pending = PendingUpload & { size: number };
type Submitted = { reference: string; receipt: 'sent' | 'queued'; email: string };

const makeKey = () => crypto.randomUUID();

/** Today in the officer's own time zone, as YYYY-MM-DD (toISOString would give the UTC day). */
const today = () => {
	const now = new Date();

	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export default function ApplicationForm({ levels, decisionDays }: Props) {
	const [draft, setDraft] = useState<Draft | null>(null);
	const [problems, setProblems] = useState<Problem[]>([]);
	const [summaryMessage, setSummaryMessage] = useState<string | undefined>();
	const [attempt, setAttempt] = useState(0);
	const [pending, setPending] = useState<Record<string, Pending>>({});
	const [uploadErrors, setUploadErrors] = useState<Record<string, string>>({});
	const [isIneligible, setIsIneligible] = useState(false);
	const [isSubmitting, setIsSubmitting] = useState(false);
	const [submitted, setSubmitted] = useState<Submitted | null>(null);
	const requests = useRef(new Map<string, UploadRequest>());
	// Read synchronously: a second click or Enter arrives before React re-renders the disabled button.
	const isSending = useRef(false);
	const focusAfterRender = useRef<string | null>(null);
	const draftRef = useRef<Draft | null>(null);
	const pendingRef = useRef<Record<string, Pending>>({});
	draftRef.current = draft;
	pendingRef.current = pending;

	const level = levels.find((option) => option.id === draft?.level);
	const update = useCallback(
		(change: (current: Draft) => Draft) =>
			setDraft((current) => (current ? change(current) : current)),
		[],
	);

	// The draft lives in localStorage, which the server render cannot see: load it once hydrated.
	useEffect(() => {
		let loaded = loadDraft(window.localStorage) ?? makeDraft(makeKey());
		const fromUrl = LevelIdSchema.safeParse(
			new URLSearchParams(window.location.search).get('level'),
		);
		if (fromUrl.success && loaded.level === '') {
			loaded = changeLevel(
				loaded,
				fromUrl.data,
				levels.find((option) => option.id === fromUrl.data)?.rules,
				makeKey,
			);
		}
		setDraft(loaded);
	}, [levels]);

	useEffect(() => {
		if (draft) saveDraft(window.localStorage, draft);
	}, [draft]);

	useEffect(() => {
		const id = focusAfterRender.current;
		if (!id) return;
		focusAfterRender.current = null;
		const target = document.getElementById(id);
		target?.scrollIntoView({ block: 'center' });
		target?.focus({ preventScroll: true });
	});

	const showProblems = (found: Problem[], message?: string) => {
		setProblems(found);
		setSummaryMessage(message);
		setAttempt((count) => count + 1);
	};

	const goTo = (step: Step, focusId: string) => {
		update((current) => ({ ...current, step }));
		setProblems([]);
		setSummaryMessage(undefined);
		focusAfterRender.current = focusId;
	};

	const pick = (slot: DocumentSlot, file: File) => {
		const name = slotName(slot);
		requests.current.get(name)?.abort();
		requests.current.delete(name);
		const current = draftRef.current;
		if (!current) return;
		const others = [
			...listDocuments(current)
				.filter((document) => document.slot !== name)
				.map((document) => document.file),
			...Object.entries(pendingRef.current)
				.filter(([slot]) => slot !== name)
				.map(([, upload]) => upload),
		];
		const refusal = checkFile(file, others);
		setUploadErrors(({ [name]: _, ...rest }) => (refusal ? { ...rest, [name]: refusal } : rest));
		setPending(({ [name]: _, ...rest }) =>
			refusal ? rest : { ...rest, [name]: { name: file.name, percent: 0, size: file.size } },
		);
		if (refusal) return;

		const request = sendFile(file, (percent) =>
			setPending((all) => (all[name] ? { ...all, [name]: { ...all[name], percent } } : all)),
		);
		requests.current.set(name, request);
		void request.outcome.then((result) => {
			// A newer pick or a removal replaced this upload: its answer no longer matters.
			if (requests.current.get(name) !== request) return;
			requests.current.delete(name);
			setPending(({ [name]: _, ...rest }) => rest);
			if (result.ok) update((draft) => setDocument(draft, slot, result.file));
			else setUploadErrors((all) => ({ ...all, [name]: result.message }));
		});
	};

	const remove = (slot: DocumentSlot) => {
		const name = slotName(slot);
		requests.current.get(name)?.abort();
		requests.current.delete(name);
		setPending(({ [name]: _, ...rest }) => rest);
		setUploadErrors(({ [name]: _, ...rest }) => rest);
		update((draft) => setDocument(draft, slot, undefined));
	};

	const uploads = { pending, pick, remove };

	const errors = useMemo(() => {
		const byId: Record<string, string> = {};
		for (const problem of problems) {
			const id = toFieldId(problem.path);
			byId[id] ??= problem.message;
		}
		// A fresh upload refusal says more than an older "upload a document".
		for (const [name, message] of Object.entries(uploadErrors)) {
			const path = draft ? slotPath(draft, name) : null;
			if (path) byId[toFieldId(path)] = message;
		}

		return byId;
	}, [problems, uploadErrors, draft]);

	if (submitted) {
		return <Confirmation {...submitted} decisionDays={decisionDays} />;
	}

	if (!draft) {
		return <p className="hint">The application form is loading.</p>;
	}

	const continueFromEligibility = () => {
		const { sworn, servingSro } = draft.eligibility;
		const missing: Problem[] = [];
		if (!sworn) {
			missing.push({
				path: 'eligibility.sworn',
				message: 'Select yes if you are a sworn officer appointed by an Arkansas agency',
			});
		}
		if (!servingSro) {
			missing.push({
				path: 'eligibility.servingSro',
				message: 'Select yes if you serve as an SRO in an Arkansas school',
			});
		}
		if (missing.length > 0) {
			showProblems(missing);
			return;
		}
		setProblems([]);
		if (sworn === 'no' || servingSro === 'no') {
			setIsIneligible(true);
			return;
		}
		goTo('form', 'applicant-heading');
	};

	const continueToCheck = () => {
		const pendingPaths = Object.keys(pendingRef.current)
			.map((name) => slotPath(draft, name))
			.filter((path): path is string => path !== null);
		const found = validateDraft(draft, level?.rules, {
			scope: 'answers',
			pendingUploads: pendingPaths,
		});
		if (found.length > 0) {
			showProblems(found);
			return;
		}
		if (!draft.attestation.date)
			update((current) => ({ ...current, attestation: { ...current.attestation, date: today() } }));
		goTo('check', 'check-heading');
	};

	const submit = async (website: string) => {
		if (isSending.current || !level) return;
		const found = validateDraft(draft, level.rules, { scope: 'all' });
		if (found.length > 0) {
			if (found.some((problem) => !problem.path.startsWith('attestation')))
				update((current) => ({ ...current, step: 'form' }));
			showProblems(found);
			return;
		}
		const application = ApplicationSchema.parse(toApplicationInput(draft, level.rules));

		isSending.current = true;
		setIsSubmitting(true);
		const result = await sendApplication(application, website, draft.idempotencyKey);
		isSending.current = false;
		setIsSubmitting(false);

		if (result.ok) {
			clearDraft(window.localStorage);
			setSubmitted({
				reference: result.reference,
				receipt: result.receipt,
				email: application.applicant.email,
			});
			return;
		}
		const isAboutAnswers = result.problems.some(
			(problem) => !problem.path.startsWith('attestation'),
		);
		if (isAboutAnswers) update((current) => ({ ...current, step: 'form' }));
		const suffix = result.requestId ? ` (request ${result.requestId})` : '';
		showProblems(
			result.problems,
			result.problems.length > 0 ? undefined : `${result.message}${suffix}`,
		);
	};

	const startAgain = () => {
		for (const request of requests.current.values()) request.abort();
		requests.current.clear();
		clearDraft(window.localStorage);
		setPending({});
		setUploadErrors({});
		setProblems([]);
		setSummaryMessage(undefined);
		setIsIneligible(false);
		setDraft(makeDraft(makeKey()));
		focusAfterRender.current = 'eligibility-heading';
	};

	const onLevelChange = (id: LevelId) =>
		update((current) =>
			changeLevel(current, id, levels.find((option) => option.id === id)?.rules, makeKey),
		);

	return (
		<ErrorsContext.Provider value={errors}>
			<UploadsContext.Provider value={uploads}>
				<ErrorSummary problems={problems} attempt={attempt} message={summaryMessage} />
				{draft.step === 'eligibility' && isIneligible && (
					<IneligibleNotice
						answers={draft.eligibility}
						onChangeAnswers={() => setIsIneligible(false)}
					/>
				)}
				{draft.step === 'eligibility' && !isIneligible && (
					<EligibilityStep
						answers={draft.eligibility}
						onChange={(eligibility) => update((current) => ({ ...current, eligibility }))}
						onContinue={continueFromEligibility}
					/>
				)}
				{(draft.step === 'form' || (draft.step === 'check' && !level)) && (
					<DetailsStep
						draft={draft}
						levels={levels}
						onChange={update}
						onLevelChange={onLevelChange}
						onContinue={continueToCheck}
						makeKey={makeKey}
					/>
				)}
				{draft.step === 'check' && level && (
					<CheckAnswersStep
						draft={draft}
						level={level}
						isSubmitting={isSubmitting}
						onAttestationChange={(attestation) =>
							update((current) => ({ ...current, attestation }))
						}
						onEdit={(fieldId) => goTo('form', fieldId)}
						onSubmit={submit}
					/>
				)}
				{draft.step !== 'eligibility' && <DraftBar onClear={startAgain} />}
			</UploadsContext.Provider>
		</ErrorsContext.Provider>
	);
}
