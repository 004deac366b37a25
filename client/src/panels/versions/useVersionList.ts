import { useCallback, useEffect, useState } from 'react';
import { listVersions, type VersionInfo } from '../../api/versions.ts';

export type VersionList =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; versions: VersionInfo[] };

/** How often an open list asks the server again, so colleagues' saves and automatic versions show up. */
export const VERSION_LIST_REFRESH_MS = 10_000;

/**
 * The board's versions, loaded when the panel opens, then kept current while it is open: asked again
 * every `VERSION_LIST_REFRESH_MS` and when the window comes back into view; `reload` after saving one.
 * A background refresh that fails keeps the list on screen (the next one may work).
 */
export function useVersionList(boardId: string): { list: VersionList; reload: () => void } {
  const [list, setList] = useState<VersionList>({ state: 'loading' });
  const [request, setRequest] = useState({ generation: 0, quiet: false });
  useEffect(() => {
    let cancelled = false;
    listVersions(boardId).then(
      (versions) => !cancelled && setList({ state: 'ready', versions }),
      (error: unknown) =>
        !cancelled &&
        setList((shown) =>
          request.quiet && shown.state === 'ready' ? shown : { state: 'failed', reason: (error as Error).message },
        ),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, request]);
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') setRequest((r) => ({ generation: r.generation + 1, quiet: true }));
    };
    const timer = window.setInterval(refresh, VERSION_LIST_REFRESH_MS);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  const reload = useCallback(() => setRequest((r) => ({ generation: r.generation + 1, quiet: false })), []);
  return { list, reload };
}
