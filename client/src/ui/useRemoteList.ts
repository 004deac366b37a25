import { useCallback, useEffect, useState } from 'react';

/**
 * A list the server holds (share links, members): read once, read again after each change `run` makes;
 * `items` stays null until the first answer, so "none yet" is said only when it is true.
 *
 * @example
 * const { items, error, run } = useRemoteList(useCallback(() => listMembers(boardId), [boardId]), text.failed);
 * run(() => revokeMember(boardId, id));
 */
export function useRemoteList<T>(load: () => Promise<T[]>, failed: (message: string) => string) {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        setItems(await load());
        setError(null);
      } catch (failure) {
        setError(failed(failure instanceof Error ? failure.message : String(failure)));
      }
    },
    [load, failed],
  );
  useEffect(() => {
    void run(async () => undefined);
  }, [run]);
  return { items, error, run };
}
