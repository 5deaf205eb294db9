import { type ChangeEvent, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatPlainDate } from '../../domain/dates.ts';
import {
	isNarrowing,
	type RosterEntry,
	type RosterIndex,
	type RosterQuery,
	readRosterIndex,
	searchRoster,
} from '../../domain/roster-index.ts';

/** Rows shown at once: rendering all 10,000 would make each keystroke slow. */
const PAGE_SIZE = 25;

/**
 * Screen readers would read the count after every keystroke; waiting for a pause in typing
 * announces it once (the same idea as GOV.UK's accessible-autocomplete status).
 */
const ANNOUNCE_DELAY_MS = 800;

interface Props {
	/** Where the compact index is, for example /roster/search-index.json */
	indexUrl: string;
	/** Level titles in order, Basic first. */
	levelTitles: string[];
	/** The id of the heading that names the roster table. */
	headingId: string;
	/** The id of the server-rendered table, removed once the search can take over. */
	staticRosterId: string;
}

type LoadState = 'loading' | 'ready' | 'failed';

const NUMBER = new Intl.NumberFormat('en-US');

function describeCount(shown: number, total: number, hasQuery: boolean): string {
	if (total === 0) return 'No officers match your search.';
	const officers = total === 1 ? 'officer' : 'officers';
	const matching = hasQuery ? ` match${total === 1 ? 'es' : ''} your search` : '';
	if (shown === total) return `${NUMBER.format(total)} ${officers}${matching}.`;

	return `${NUMBER.format(total)} ${officers}${matching}. Showing the first ${NUMBER.format(shown)}.`;
}

export default function RosterSearch({ indexUrl, levelTitles, headingId, staticRosterId }: Props) {
	const [loadState, setLoadState] = useState<LoadState>('loading');
	const [entries, setEntries] = useState<RosterEntry[]>([]);
	const [text, setText] = useState('');
	const [level, setLevel] = useState(-1);
	const [limit, setLimit] = useState(PAGE_SIZE);
	const [announcement, setAnnouncement] = useState('');
	const tableRef = useRef<HTMLTableElement>(null);

	useEffect(() => {
		const controller = new AbortController();
		fetch(indexUrl, { signal: controller.signal })
			.then((response) => {
				if (!response.ok) throw new Error(`The roster index answered ${response.status}.`);

				return response.json() as Promise<RosterIndex>;
			})
			.then((index) => {
				setEntries(readRosterIndex(index));
				setLoadState('ready');
			})
			.catch(() => {
				// The server-rendered table stays in place, so the roster is still complete.
				if (!controller.signal.aborted) setLoadState('failed');
			});

		return () => controller.abort();
	}, [indexUrl]);

	// The full table is the no-JavaScript roster; the search shows a bounded list in its place.
	// It is removed, not hidden: at 10,000 officers its 200,000 nodes slow every later garbage
	// collection, and so the odd keystroke.
	useEffect(() => {
		if (loadState === 'ready') document.getElementById(staticRosterId)?.remove();
	}, [loadState, staticRosterId]);

	// Typing on narrows the last results instead of scanning all 10,000 officers again.
	const lastSearch = useRef<{ entries: RosterEntry[]; query: RosterQuery; matches: RosterEntry[] }>(
		null,
	);
	const matches = useMemo(() => {
		const query = { text, level };
		const last = lastSearch.current;
		const isNarrower = last?.entries === entries && isNarrowing(last.query, query);
		const found = searchRoster(isNarrower ? last.matches : entries, query);
		lastSearch.current = { entries, query, matches: found };

		return found;
	}, [entries, text, level]);
	const shown = matches.slice(0, limit);
	const hasQuery = text.trim() !== '' || level !== -1;
	const isReady = loadState === 'ready';
	// Nothing to count until the index is in: the server render and the first client render agree.
	const count = isReady ? describeCount(shown.length, matches.length, hasQuery) : '';

	useEffect(() => {
		if (count === '') return;
		const timer = setTimeout(() => setAnnouncement(count), ANNOUNCE_DELAY_MS);

		return () => clearTimeout(timer);
	}, [count]);

	const onText = (event: ChangeEvent<HTMLInputElement>) => {
		setText(event.target.value);
		setLimit(PAGE_SIZE);
	};
	const onLevel = (event: ChangeEvent<HTMLSelectElement>) => {
		setLevel(Number(event.target.value));
		setLimit(PAGE_SIZE);
	};
	// After "Show more", focus goes to the first new officer so keyboard users read on from there.
	const showMore = () => {
		const firstNew = limit;
		flushSync(() => setLimit(limit + PAGE_SIZE));
		tableRef.current?.querySelectorAll<HTMLAnchorElement>('tbody a')[firstNew]?.focus();
	};

	return (
		<div className="roster-search" hidden={!isReady}>
			<search className="no-print" aria-label="Roster">
				<form className="roster-search__controls" onSubmit={(event) => event.preventDefault()}>
					<div className="roster-search__field">
						<label htmlFor="roster-search-text">Search the roster</label>
						<p className="hint" id="roster-search-hint">
							Name, agency, school district, county or certificate number
						</p>
						<input
							id="roster-search-text"
							type="search"
							value={text}
							onChange={onText}
							autoComplete="off"
							spellCheck={false}
							aria-describedby="roster-search-hint"
						/>
					</div>
					<div className="roster-search__field">
						<label htmlFor="roster-search-level">Highest level</label>
						<select id="roster-search-level" value={level} onChange={onLevel}>
							<option value={-1}>Any level</option>
							{levelTitles.map((title, index) => (
								<option key={title} value={index}>
									{title}
								</option>
							))}
						</select>
					</div>
				</form>
			</search>
			<p className="roster-search__count" aria-hidden="true">
				{count}
			</p>
			<p className="visually-hidden" role="status">
				{announcement}
			</p>
			{shown.length > 0 && (
				<div className="table-scroll">
					<table aria-labelledby={headingId} ref={tableRef}>
						<thead>
							<tr>
								<th scope="col">Name</th>
								<th scope="col">Highest level</th>
								<th scope="col">Agency</th>
								<th scope="col">School district</th>
								<th scope="col">County</th>
								<th scope="col">Status</th>
							</tr>
						</thead>
						<tbody>
							{shown.map((entry, position) => (
								<RosterRow
									// biome-ignore lint/suspicious/noArrayIndexKey: keyed by position, a keystroke rewrites the text of the rows on screen instead of replacing them, which is several times less DOM work; rows hold no state.
									key={position}
									entry={entry}
									levelTitles={levelTitles}
								/>
							))}
						</tbody>
					</table>
				</div>
			)}
			{shown.length < matches.length && (
				<p className="no-print">
					<button className="button button--secondary" type="button" onClick={showMore}>
						Show {Math.min(PAGE_SIZE, matches.length - shown.length)} more
					</button>
				</p>
			)}
		</div>
	);
}

function RosterRow({ entry, levelTitles }: { entry: RosterEntry; levelTitles: string[] }) {
	return (
		<tr>
			<th scope="row">
				<a href={`/roster/${entry.id}/`}>{entry.name}</a>
			</th>
			<td>
				{levelTitles[entry.highestLevel]}
				<span className="awarded"> since {formatPlainDate(entry.highestAwarded)}</span>
			</td>
			<td>{entry.agency}</td>
			<td>{entry.district}</td>
			<td>{entry.county}</td>
			<td>
				<span className={`tag tag--${entry.isActive ? 'active' : 'inactive'}`}>
					{entry.isActive ? 'Active' : 'Inactive'}
				</span>
			</td>
		</tr>
	);
}
