/**
 * Runs tasks that share a key one after another within this process.
 *
 * Across function instances, conditional writes in Netlify Blobs keep allocations and claims
 * unique. Within one instance this lock spares those writes from racing each other, and it is
 * what keeps the local Blobs server (`@netlify/blobs/server`, used by `npm start` and the tests)
 * correct: it checks `onlyIfNew`/`onlyIfMatch` and then writes in separate steps, so concurrent
 * conditional writes to one key can all succeed there (50 parallel `onlyIfNew` writes to one key
 * reported 10 to 13 successes when we tried it, December 2026, @netlify/blobs 11.1).
 */
const tails = new Map<string, Promise<unknown>>();

/**
 * @param key tasks with the same key never overlap
 * @param task the work to run once the previous task with this key has settled
 * @returns what the task returns
 */
export async function withKeyedLock<T>(key: string, task: () => Promise<T>): Promise<T> {
	const previous = tails.get(key) ?? Promise.resolve();
	const run = previous.then(task, task);
	const tail = run.catch(() => undefined);
	tails.set(key, tail);

	try {
		return await run;
	} finally {
		if (tails.get(key) === tail) tails.delete(key);
	}
}
