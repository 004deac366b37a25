/** What a commit answers: for each write, in order, its result or its own error. */
export type CommitAnswers<Result> = Array<Result | Error>;

/**
 * Group commit: the writes asked for within one event-loop turn are handed to `commit` together, once,
 * at the end of the turn (`setImmediate`), so one transaction carries them all. `commit` answers each
 * write with its result or its own error, in order; if it throws (or its promise rejects), every write of
 * the batch fails.
 *
 * `commit` may be synchronous (SQLite: nothing waits longer than the turn it was asked in) or return a
 * promise (a database over the network). One commit runs at a time: the writes asked for while one is in
 * flight wait for it and then go together in the next, so batches grow with the commit's latency and a
 * later batch never overtakes an earlier one.
 */
export function createGroupCommit<Write, Result>(
  commit: (batch: Write[]) => CommitAnswers<Result> | Promise<CommitAnswers<Result>>,
) {
  let pending: { write: Write; resolve: (result: Result) => void; reject: (error: Error) => void }[] = [];
  /** The batch still taking writes: it commits at the end of this turn, after the batch before it. */
  let collecting: Promise<void> | null = null;
  /** The last batch handed out; settles (never rejects) once its commit is done. */
  let latest: Promise<void> = Promise.resolve();

  const answer = (batch: typeof pending, results: CommitAnswers<Result>) => {
    batch.forEach((entry, i) => {
      const result = results[i] as Result | Error;
      if (result instanceof Error) entry.reject(result);
      else entry.resolve(result);
    });
  };

  const flush = async () => {
    const batch = pending;
    pending = [];
    collecting = null;
    try {
      const results = commit(batch.map((entry) => entry.write));
      answer(batch, results instanceof Promise ? await results : results);
    } catch (error) {
      for (const entry of batch) entry.reject(error as Error);
    }
  };

  return {
    /** Resolves once the write is committed (with the batch of its turn). */
    add(write: Write): Promise<Result> {
      if (!collecting) {
        const before = latest;
        collecting = new Promise<void>((resolve) => setImmediate(resolve)).then(() => before).then(flush);
        latest = collecting;
      }
      return new Promise<Result>((resolve, reject) => pending.push({ write, resolve, reject }));
    },
    /** Resolves once the writes asked for so far are committed (or failed). */
    flushed(): Promise<void> {
      return latest;
    },
  };
}
