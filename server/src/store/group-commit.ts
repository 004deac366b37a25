/**
 * Group commit: the writes asked for within one event-loop turn are handed to `commit` together, once,
 * at the end of the turn (`setImmediate`), so one transaction carries them all. `commit` answers each
 * write with its result or its own error, in order; if it throws, every write of the batch fails.
 * Nothing waits longer than the turn it was asked in.
 */
export function createGroupCommit<Write, Result>(commit: (batch: Write[]) => Array<Result | Error>) {
  let pending: { write: Write; resolve: (result: Result) => void; reject: (error: Error) => void }[] = [];
  let scheduled: Promise<void> | null = null;

  const flush = () => {
    const batch = pending;
    pending = [];
    scheduled = null;
    let results: Array<Result | Error>;
    try {
      results = commit(batch.map((entry) => entry.write));
    } catch (error) {
      for (const entry of batch) entry.reject(error as Error);
      return;
    }
    batch.forEach((entry, i) => {
      const result = results[i] as Result | Error;
      if (result instanceof Error) entry.reject(result);
      else entry.resolve(result);
    });
  };

  return {
    /** Resolves once the write is committed (with the batch of its turn). */
    add(write: Write): Promise<Result> {
      scheduled ??= new Promise<void>((resolve) =>
        setImmediate(() => {
          flush();
          resolve();
        }),
      );
      return new Promise<Result>((resolve, reject) => pending.push({ write, resolve, reject }));
    },
    /** Resolves once the writes asked for so far are committed (or failed). */
    flushed(): Promise<void> {
      return scheduled ?? Promise.resolve();
    },
  };
}
