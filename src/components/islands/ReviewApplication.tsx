/**
 * One application at /review/application/?ref=SRO-…: every answer, the level's requirements beside
 * what the applicant supplied, the documents, the history, the decision and, once approved, the
 * roster change. Applicant text is rendered by React as text, never as markup (case C11).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { LETTER_SOURCE_LABELS } from '../../domain/levels.ts';
import DecisionForm from './review/DecisionForm.tsx';
import ReviewerBar from './review/ReviewerBar.tsx';
import RosterChangePanel from './review/RosterChangePanel.tsx';
import ReviewSignIn from './review/ReviewSignIn.tsx';
import {
	type ApplicationDetail,
	callReviewApi,
	describeWait,
	formatDay,
	formatInstant,
	STATUS_LABELS,
} from './review/review-api.ts';
import { useReviewSession } from './review/useReviewSession.ts';

const REQUIREMENT_LABELS = {
	met: 'Met',
	'not-met': 'Not met',
	'needs-review': 'Needs a look',
} as const;
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;
const TYPE_LABELS = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as const;

export default function ReviewApplication() {
	const [session, refreshSession] = useReviewSession();
	const [detail, setDetail] = useState<ApplicationDetail | null>(null);
	const [error, setError] = useState('');
	const [notice, setNotice] = useState<{ message: string; isConflict: boolean } | null>(null);
	const noticeRef = useRef<HTMLDivElement>(null);
	const id = useId();
	const reference =
		typeof window === 'undefined'
			? ''
			: (new URLSearchParams(window.location.search).get('ref') ?? '');

	const load = useCallback(() => {
		callReviewApi<ApplicationDetail>(`/api/review/applications/${encodeURIComponent(reference)}`)
			.then(setDetail)
			.catch((caught: unknown) =>
				setError(caught instanceof Error ? caught.message : String(caught)),
			);
	}, [reference]);

	useEffect(() => {
		if (session.state === 'signed-in') load();
	}, [session.state, load]);

	useEffect(() => {
		if (notice) noticeRef.current?.focus();
	}, [notice]);

	if (session.state === 'loading') return <p>Loading the review workspace…</p>;
	if (session.state === 'signed-out') return <ReviewSignIn onSignedIn={refreshSession} />;
	if (session.state === 'forbidden') {
		return (
			<div className="alert alert--error" role="alert">
				<p>{session.message}</p>
			</div>
		);
	}

	const bar = <ReviewerBar reviewer={session.reviewer} onSignedOut={refreshSession} />;
	if (error) {
		return (
			<>
				{bar}
				<div className="alert alert--error" role="alert">
					<p>{error}</p>
				</div>
			</>
		);
	}
	if (!detail)
		return (
			<>
				{bar}
				<p>Loading the application…</p>
			</>
		);

	const { record, row, level, requirements, rosterChange } = detail;
	const { application } = record;
	const { applicant } = application;
	const documentName = (documentId: string | undefined) =>
		record.documents.find((item) => item.id === documentId)?.name ?? '—';
	const isOpen = record.status === 'submitted' || record.status === 'more-information';
	const decisionDays = row.daysWaiting + row.daysLeft;

	return (
		<>
			{bar}
			<p>
				<a href="/review/">Back to all applications</a>
			</p>
			<h2 className="review-title">
				{applicant.fullName} <span className="review-subtitle">{record.reference}</span>
			</h2>

			{notice && (
				<div
					ref={noticeRef}
					tabIndex={-1}
					className={`alert ${notice.isConflict ? 'alert--warning' : 'alert--success'}`}
					role={notice.isConflict ? 'alert' : 'status'}
				>
					<p>{notice.message}</p>
				</div>
			)}

			<dl className="review-summary">
				<div>
					<dt>Status</dt>
					<dd>{STATUS_LABELS[record.status]}</dd>
				</div>
				<div>
					<dt>Level</dt>
					<dd>
						{level.title} ({level.alias})
					</dd>
				</div>
				<div>
					<dt>Submitted</dt>
					<dd>{formatDay(record.submittedAt)}</dd>
				</div>
				<div>
					<dt>Waiting</dt>
					<dd>{describeWait(row, decisionDays)}</dd>
				</div>
				{record.certificateNumber && (
					<div>
						<dt>Certificate number</dt>
						<dd>{record.certificateNumber}</dd>
					</div>
				)}
			</dl>

			<h2 id={`${id}-requirements`}>Requirements</h2>
			<div className="table-scroll">
				<table aria-labelledby={`${id}-requirements`}>
					<thead>
						<tr>
							<th scope="col">Requirement</th>
							<th scope="col">Verdict</th>
							<th scope="col">What the applicant supplied</th>
						</tr>
					</thead>
					<tbody>
						{requirements.map((item) => (
							<tr key={item.id}>
								<th scope="row">{item.label}</th>
								<td>
									<span className={`tag review-tag--${item.status}`}>
										{REQUIREMENT_LABELS[item.status]}
									</span>
								</td>
								<td>{item.detail}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<h2 id={`${id}-documents`}>Documents</h2>
			{record.documents.length === 0 ? (
				<p>No documents: every course was taken through CJI.</p>
			) : (
				<ul aria-labelledby={`${id}-documents`}>
					{record.documents.map((item) => (
						<li key={item.id}>
							<a
								href={`/api/review/applications/${encodeURIComponent(record.reference)}/documents/${encodeURIComponent(item.id)}`}
							>
								{item.name}
							</a>{' '}
							({TYPE_LABELS[item.type]}, {kilobytes(item.size)}, {item.path})
						</li>
					))}
				</ul>
			)}

			<h2>Applicant</h2>
			<dl className="review-answers">
				<div>
					<dt>Full name</dt>
					<dd>{applicant.fullName}</dd>
				</div>
				<div>
					<dt>Email</dt>
					<dd>{applicant.email}</dd>
				</div>
				<div>
					<dt>Phone</dt>
					<dd>{applicant.phone}</dd>
				</div>
				<div>
					<dt>ACLEST officer number</dt>
					<dd>{applicant.aclestNumber}</dd>
				</div>
				<div>
					<dt>Agency</dt>
					<dd>{applicant.agency}</dd>
				</div>
				<div>
					<dt>Agency head</dt>
					<dd>
						{applicant.agencyHeadName} ({applicant.agencyHeadEmail})
					</dd>
				</div>
				<div>
					<dt>School district</dt>
					<dd>{applicant.district}</dd>
				</div>
				<div>
					<dt>Campus</dt>
					<dd>{applicant.campus}</dd>
				</div>
				<div>
					<dt>First assigned as an SRO</dt>
					<dd>{applicant.firstAssigned}</dd>
				</div>
				<div>
					<dt>Full school years as an SRO</dt>
					<dd>{applicant.schoolYears}</dd>
				</div>
				<div>
					<dt>Sworn officer of an Arkansas agency</dt>
					<dd>{yesNo(application.eligibility.sworn)}</dd>
				</div>
				<div>
					<dt>Serving as an SRO in an Arkansas school</dt>
					<dd>{yesNo(application.eligibility.servingSro)}</dd>
				</div>
				<div>
					<dt>Current certificate</dt>
					<dd>{application.currentCertificate ?? '—'}</dd>
				</div>
			</dl>

			<h2 id={`${id}-training`}>Training</h2>
			{application.training.length === 0 ? (
				<p>None listed.</p>
			) : (
				<div className="table-scroll">
					<table aria-labelledby={`${id}-training`}>
						<thead>
							<tr>
								<th scope="col">Course</th>
								<th scope="col">Provider</th>
								<th scope="col">Date</th>
								<th scope="col">Hours</th>
								<th scope="col">ACLEST-certified</th>
								<th scope="col">Through CJI</th>
								<th scope="col">Counts as</th>
								<th scope="col">Document</th>
							</tr>
						</thead>
						<tbody>
							{application.training.map((item, index) => (
								// biome-ignore lint/suspicious/noArrayIndexKey: these lists are append-only and never reordered
								<tr key={`${item.course}-${index}`}>
									<th scope="row">{item.course}</th>
									<td>{item.provider}</td>
									<td>{item.date}</td>
									<td>{item.hours}</td>
									<td>{yesNo(item.aclestCertified)}</td>
									<td>{yesNo(item.throughCji)}</td>
									<td>{item.requiredCourse ?? 'Training hours'}</td>
									<td>{item.document ? documentName(item.document) : '—'}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}

			<h2 id={`${id}-letters`}>Letters of support</h2>
			{application.letters.length === 0 ? (
				<p>None attached.</p>
			) : (
				<ul aria-labelledby={`${id}-letters`}>
					{application.letters.map((item, index) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: these lists are append-only and never reordered
						<li key={`${item.document}-${index}`}>
							{item.authorName} ({LETTER_SOURCE_LABELS[item.authorRole]}):{' '}
							{documentName(item.document)}
						</li>
					))}
				</ul>
			)}

			<h2 id={`${id}-college`}>College credit</h2>
			{application.college.length === 0 ? (
				<p>None listed.</p>
			) : (
				<ul aria-labelledby={`${id}-college`}>
					{application.college.map((item, index) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: these lists are append-only and never reordered
						<li key={`${item.document}-${index}`}>
							{item.course}, {item.institution} ({item.subject}, {item.creditHours} credit hours):{' '}
							{documentName(item.document)}
						</li>
					))}
				</ul>
			)}

			<h2>Instructor status and attestation</h2>
			<dl className="review-answers">
				<div>
					<dt>Active ACLEST-certified instructor</dt>
					<dd>
						{yesNo(application.instructor.isInstructor)}
						{application.instructor.document
							? `: ${documentName(application.instructor.document)}`
							: ''}
					</dd>
				</div>
				<div>
					<dt>Attested true and complete</dt>
					<dd>
						{yesNo(application.attestation.agreed)}, signed “{application.attestation.typedName}” on{' '}
						{application.attestation.date}
					</dd>
				</div>
			</dl>

			{isOpen ? (
				<DecisionForm
					key={detail.version}
					detail={detail}
					onDecided={(next, message, isConflict) => {
						setDetail(next);
						setNotice({ message, isConflict });
					}}
				/>
			) : (
				<p>This application has been decided: {STATUS_LABELS[record.status].toLowerCase()}.</p>
			)}

			{rosterChange && (
				<>
					<h2>Roster change to publish</h2>
					<RosterChangePanel change={rosterChange} />
				</>
			)}

			<h2 id={`${id}-emails`}>Emails</h2>
			<ul aria-labelledby={`${id}-emails`}>
				{record.emails.map((item, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: these lists are append-only and never reordered
					<li key={`${item.kind}-${index}`}>
						{item.kind} to the {item.recipient}: {item.status}
						{item.attempts > 1 ? ` after ${item.attempts} tries` : ''}
						{item.lastError ? ` (${item.lastError})` : ''}
					</li>
				))}
			</ul>

			<h2 id={`${id}-history`}>History</h2>
			<ol className="review-history" aria-labelledby={`${id}-history`}>
				{record.history.map((item, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: these lists are append-only and never reordered
					<li key={`${item.at}-${index}`}>
						<strong>{formatInstant(item.at)}</strong>: {item.action} by {item.actor}
						{item.note ? <span className="review-note">{item.note}</span> : null}
					</li>
				))}
			</ol>
		</>
	);
}
