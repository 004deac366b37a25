import { useCallback, useEffect, useState } from 'react';
import { ApiError, type BoardSummary, listBoards } from '../api/boards.ts';

// The last list the server sent, so the home page still shows boards (kept offline in IndexedDB) without a network.
const CACHE_KEY = 'balanza.boards';

function readCache(): BoardSummary[] | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(CACHE_KEY) ?? 'null') as unknown;
    return Array.isArray(value) ? (value as BoardSummary[]) : null;
  } catch {
    return null;
  }
}

export interface BoardList {
  boards: BoardSummary[] | null;
  /** The list comes from the last visit because the server cannot be reached. */
  fromCache: boolean;
  error: ApiError | null;
  reload(): void;
  /** Removes a board from the list at once (after it was deleted). */
  drop(id: string): void;
}

export function useBoardList(): BoardList {
  const [boards, setBoards] = useState<BoardSummary[] | null>(null);
  const [fromCache, setFromCache] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // `attempt` changes to reload.
  useEffect(() => {
    let cancelled = false;
    listBoards().then(
      (list) => {
        if (cancelled) return;
        setBoards(list);
        setFromCache(false);
        setError(null);
        window.localStorage.setItem(CACHE_KEY, JSON.stringify(list));
      },
      (reason: unknown) => {
        if (cancelled) return;
        const apiError = reason instanceof ApiError ? reason : new ApiError('http', 0, 'unknown', String(reason));
        setError(apiError);
        const cached = apiError.kind === 'network' ? readCache() : null;
        setBoards(cached);
        setFromCache(cached !== null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const drop = useCallback((id: string) => {
    setBoards((list) => {
      const next = list?.filter((board) => board.id !== id) ?? null;
      if (next) window.localStorage.setItem(CACHE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);
  return { boards, fromCache, error, reload, drop };
}
