import { useCallback, useEffect, useState } from 'react';
import { ApiError, type BoardSummary, listBoards } from '../../api/boards.ts';
import { asSummary, readDeviceBoards } from '../../offline/deviceBoards.ts';

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

/** Offline: the last list from the server plus every board kept on this device ([OFFLINE-3]). */
function offlineList(): BoardSummary[] | null {
  const cached = readCache();
  const device = readDeviceBoards();
  if (cached === null && device.length === 0) return null;
  const listed = new Set((cached ?? []).map((board) => board.id));
  return [...(cached ?? []), ...device.filter((board) => !listed.has(board.id)).map(asSummary)];
}

const deviceIds = () => new Set(readDeviceBoards().map((board) => board.id));

export interface BoardList {
  boards: BoardSummary[] | null;
  /** Ids of the boards kept on this device (they open offline). */
  onDevice: Set<string>;
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
  const [onDevice, setOnDevice] = useState(deviceIds);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // `attempt` changes to reload.
  useEffect(() => {
    let cancelled = false;
    listBoards().then(
      (list) => {
        if (cancelled) return;
        setBoards(list);
        setOnDevice(deviceIds());
        setFromCache(false);
        setError(null);
        window.localStorage.setItem(CACHE_KEY, JSON.stringify(list));
      },
      (reason: unknown) => {
        if (cancelled) return;
        const apiError = reason instanceof ApiError ? reason : new ApiError('http', 0, 'unknown', String(reason));
        setError(apiError);
        const cached = apiError.kind === 'network' ? offlineList() : null;
        setBoards(cached);
        setOnDevice(deviceIds());
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
  return { boards, onDevice, fromCache, error, reload, drop };
}
