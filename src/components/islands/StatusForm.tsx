import { type SubmitEvent, useEffect, useRef, useState } from 'react';
import { formatPlainDate } from '../../domain/dates.ts';
import type { StatusResult } from '../../domain/api.ts';
import { askStatus } from './application/requests.ts';
import { ErrorSummary } from './application/ErrorSummary.tsx';
import { type Problem, toFieldId, toProblems } from './application/field-ids.ts';
import { ErrorsContext } from './application/form-context.ts';
import { TextField } from './application/TextField.tsx';
import { StatusQuerySchema } from './status/status-query.ts';

export default function StatusForm() {
	const [reference, setReference] = useState('');
	const [email, setEmail] = useState('');
	const [problems, setProblems] = useState<Problem[]>([]);
	const [message, setMessage] = useState<string | undefined>();
	const [attempt, setAttempt] = useState(0);
	const [isAsking, setIsAsking] = useState(false);
	const [answer, setAnswer] = useState<StatusResult | null>(null);
	// Until React runs, a press would submit the form natively and put the email address in the URL.
	const [isReady, setIsReady] = useState(false);
	const answerHeading = useRef<HTMLHeadingElement>(null);

	useEffect(() => setIsReady(true), []);

	useEffect(() => {
		if (answer) answerHeading.current?.focus();
	}, [answer]);

	const fail = (found: Problem[], text?: string) => {
		setProblems(found);
		setMessage(text);
		setAttempt((count) => count + 1);
	};

	const submit = async (event: SubmitEvent) => {
		event.preventDefault();
		if (isAsking) return;
		setAnswer(null);
		const query = StatusQuerySchema.safeParse({ reference, email });
		if (!query.success) {
			fail(toProblems(query.error.issues));
			return;
		}
		setIsAsking(true);
		const result = await askStatus(query.data.reference, query.data.email);
		setIsAsking(false);
		if (!result.ok) {
			fail(result.problems, result.problems.length > 0 ? undefined : result.message);
			return;
		}
		setProblems([]);
		setMessage(undefined);
		setAnswer(result.status);
	};

	const errors = Object.fromEntries(
		problems.map((problem) => [toFieldId(problem.path), problem.message]),
	);

	return (
		<ErrorsContext.Provider value={errors}>
			<ErrorSummary problems={problems} attempt={attempt} message={message} />
			<form noValidate onSubmit={submit} aria-label="Check your application’s status">
				<TextField
					id="reference"
					label="Reference number"
					hint="From your receipt, for example SRO-2026-00042."
					value={reference}
					isShort
					onChange={setReference}
				/>
				<TextField
					id="email"
					label="Email address you applied with"
					type="email"
					autoComplete="email"
					value={email}
					onChange={setEmail}
				/>
				<button type="submit" className="button" disabled={isAsking || !isReady}>
					{isAsking ? 'Checking…' : 'Check status'}
				</button>
			</form>
			{answer && (
				<section aria-labelledby="status-heading" className="panel">
					<h2 id="status-heading" ref={answerHeading} tabIndex={-1}>
						Application {answer.reference}
					</h2>
					<dl className="summary-list">
						<div className="summary-list__row">
							<dt className="summary-list__key">Status</dt>
							<dd className="summary-list__value">{answer.statusLabel}</dd>
						</div>
						<div className="summary-list__row">
							<dt className="summary-list__key">Since</dt>
							<dd className="summary-list__value">{formatPlainDate(answer.since)}</dd>
						</div>
					</dl>
					<p className="status-clock">{answer.clock}</p>
				</section>
			)}
		</ErrorsContext.Provider>
	);
}
