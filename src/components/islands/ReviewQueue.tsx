/**
 * The committee's queue at /review/: every application, oldest first, with the clock against the
 * decision time; filters by status and level, search by name or reference, and the CSV export.
 * Applicant text is rendered by React as text, never as markup (case C11).
 */
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { APPLICATION_STATUSES } from '../../domain/application.ts';
import { LEVEL_IDS } from '../../domain/levels.ts';
import ReviewerBar from './review/ReviewerBar.tsx';
import ReviewSignIn from './review/ReviewSignIn.tsx';
import {
	callReviewApi,
	describeWait,
	formatDay,
	LEVEL_LABELS,
	type QueueRow,
	STATUS_LABELS,
} from './review/review-api.ts';
import { useReviewSession } from './review/useReviewSession.ts';

interface QueueAnswer {
	decisionDays: number;
	rows: QueueRow[];
}

const DUE_LABELS = { 'due-soon': 'Due soon', overdue: 'Overdue' } as const;
const today = () =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());

export default function ReviewQueue() {
	const [session, refreshSession] = useReviewSession();
	const [query, setQuery] = useState('');
	const [queue, setQueue] = useState<QueueAnswer | null>(null);
	const [error, setError] = useState('');
	const [exportError, setExportError] = useState('');
	const id = useId();

	const load = useCallback((search: string) => {
		callReviewApi<QueueAnswer>(`/api/review/applications?${search}`)
			.then((answer) => {
				setQueue(answer);
				setError('');
			})
			.catch((caught: unknown) =>
				setError(caught instanceof Error ? caught.message : String(caught)),
			);
	}, []);

	useEffect(() => {
		if (session.state === 'signed-in') load(query);
	}, [session.state, query, load]);

	const applyFilters = (event: FormEvent<HTMLFormElement>) => {
		event.preventDefault();
		const form = new FormData(event.currentTarget);
		setQuery(
			new URLSearchParams(
				[...form.entries()].map(([key, value]) => [key, String(value)]),
			).toString(),
		);
	};

	// The download is a plain GET, so a refusal would open as a bare JSON page: check the range here.
	const checkExportRange = (event: FormEvent<HTMLFormElement>) => {
		const form = new FormData(event.currentTarget);
		const isReversed = String(form.get('from')) > String(form.get('to'));
		setExportError(isReversed ? 'End the range on or after its start.' : '');
		if (isReversed) event.preventDefault();
	};

	if (session.state === 'loading') return <p>Loading the review workspace…</p>;
	if (session.state === 'signed-out') return <ReviewSignIn onSignedIn={refreshSession} />;
	if (session.state === 'forbidden') {
		return (
			<div className="alert alert--error" role="alert">
				<p>{session.message}</p>
			</div>
		);
	}

	return (
		<>
			<ReviewerBar reviewer={session.reviewer} onSignedOut={refreshSession} />
			<form className="review-filters" onSubmit={applyFilters} aria-label="Filter applications">
				<div className="field">
					<label htmlFor={`${id}-q`}>Name or reference</label>
					<input id={`${id}-q`} name="q" type="search" />
				</div>
				<div className="field">
					<label htmlFor={`${id}-status`}>Status</label>
					<select id={`${id}-status`} name="status" defaultValue="">
						<option value="">Any status</option>
						{APPLICATION_STATUSES.map((status) => (
							<option key={status} value={status}>
								{STATUS_LABELS[status]}
							</option>
						))}
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${id}-level`}>Level</label>
					<select id={`${id}-level`} name="level" defaultValue="">
						<option value="">Any level</option>
						{LEVEL_IDS.map((level) => (
							<option key={level} value={level}>
								{LEVEL_LABELS[level]}
							</option>
						))}
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${id}-sort`}>Order</label>
					<select id={`${id}-sort`} name="sort" defaultValue="oldest">
						<option value="oldest">Oldest first</option>
						<option value="newest">Newest first</option>
					</select>
				</div>
				<button className="button" type="submit">
					Show applications
				</button>
			</form>

			{error && (
				<div className="alert alert--error" role="alert">
					<p>{error}</p>
				</div>
			)}

			<h2 id={`${id}-heading`}>Applications</h2>
			<p aria-live="polite">
				{queue
					? `${queue.rows.length} application${queue.rows.length === 1 ? '' : 's'}`
					: 'Loading applications…'}
			</p>
			{queue && queue.rows.length > 0 && (
				<div className="table-scroll">
					<table aria-labelledby={`${id}-heading`}>
						<thead>
							<tr>
								<th scope="col">Reference</th>
								<th scope="col">Applicant</th>
								<th scope="col">Agency</th>
								<th scope="col">Level</th>
								<th scope="col">Submitted</th>
								<th scope="col">Waiting</th>
								<th scope="col">Status</th>
							</tr>
						</thead>
						<tbody>
							{queue.rows.map((row) => (
								<tr key={row.reference} className={`review-row review-row--${row.dueState}`}>
									<th scope="row">
										<a href={`/review/application/?ref=${encodeURIComponent(row.reference)}`}>
											{row.reference}
										</a>
									</th>
									<td>{row.applicant}</td>
									<td>{row.agency}</td>
									<td>{LEVEL_LABELS[row.level]}</td>
									<td>{formatDay(row.submittedAt)}</td>
									<td>
										{describeWait(row, queue.decisionDays)}
										{(row.dueState === 'due-soon' || row.dueState === 'overdue') && (
											<>
												{' '}
												<span className={`tag review-tag--${row.dueState}`}>
													{DUE_LABELS[row.dueState]}
												</span>
											</>
										)}
									</td>
									<td>{STATUS_LABELS[row.status]}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}

			<h2 id={`${id}-export`}>Export to a spreadsheet</h2>
			<form
				className="review-filters"
				method="get"
				action="/api/review/export"
				aria-labelledby={`${id}-export`}
				onSubmit={checkExportRange}
			>
				<div className="field">
					<label htmlFor={`${id}-kind`}>What to export</label>
					<select id={`${id}-kind`} name="kind" defaultValue="applications">
						<option value="applications">Applications submitted in the range</option>
						<option value="decisions">Decisions made in the range</option>
					</select>
				</div>
				<div className="field">
					<label htmlFor={`${id}-from`}>From</label>
					<input
						id={`${id}-from`}
						name="from"
						type="date"
						required
						defaultValue={`${today().slice(0, 4)}-01-01`}
					/>
				</div>
				<div className="field">
					<label htmlFor={`${id}-to`}>To</label>
					{exportError && (
						<p className="error-message" id={`${id}-to-error`} role="alert">
							<span className="visually-hidden">Error:</span> {exportError}
						</p>
					)}
					<input
						id={`${id}-to`}
						name="to"
						type="date"
						required
						defaultValue={today()}
						aria-invalid={exportError ? true : undefined}
						aria-describedby={exportError ? `${id}-to-error` : undefined}
					/>
				</div>
				<button className="button button--secondary" type="submit">
					Download CSV
				</button>
			</form>
		</>
	);
}
