import { useCallback, useEffect, useState } from 'react';
import { callReviewApi, ReviewApiError, type Reviewer } from './review-api.ts';

export type SessionState =
	| { state: 'loading' }
	| { state: 'signed-in'; reviewer: Reviewer }
	| { state: 'signed-out'; message?: string }
	| { state: 'forbidden'; message: string };

/** @returns who is signed in, and a way to check again after signing in or out */
export function useReviewSession(): [SessionState, () => void] {
	const [session, setSession] = useState<SessionState>({ state: 'loading' });

	const refresh = useCallback(() => {
		callReviewApi<{ reviewer: Reviewer }>('/api/review/session')
			.then(({ reviewer }) => setSession({ state: 'signed-in', reviewer }))
			.catch((error: unknown) => {
				if (error instanceof ReviewApiError && error.status === 403) {
					setSession({ state: 'forbidden', message: error.message });
				} else {
					setSession({ state: 'signed-out' });
				}
			});
	}, []);

	useEffect(refresh, [refresh]);

	return [session, refresh];
}
