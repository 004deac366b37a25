import type { IndexeddbPersistence } from 'y-indexeddb';

/**
 * Calls `onFailure` once when this device's copy cannot be written (the IndexedDB database fails to
 * open, or a write is aborted — typically `QuotaExceededError`). y-indexeddb writes without
 * reporting errors; failed requests and aborted transactions bubble up to the database, so we listen
 * there. Returns a stop function.
 */
export function watchLocalSaves(local: IndexeddbPersistence, onFailure: (error: Error) => void): () => void {
  let reported = false;
  let database: IDBDatabase | null = null;
  const report = (error: unknown) => {
    if (reported) return;
    reported = true;
    onFailure(error instanceof Error ? error : new Error(String(error ?? 'IndexedDB write failed')));
  };
  const onAbortOrError = (event: Event) => {
    const target = event.target as IDBTransaction | IDBRequest | null;
    report(target && 'error' in target ? target.error : null);
  };
  let stopped = false;
  local._db.then(
    (db) => {
      if (stopped) return;
      database = db;
      db.addEventListener('abort', onAbortOrError);
      db.addEventListener('error', onAbortOrError);
    },
    (error: unknown) => report(error),
  );
  return () => {
    stopped = true;
    database?.removeEventListener('abort', onAbortOrError);
    database?.removeEventListener('error', onAbortOrError);
  };
}
