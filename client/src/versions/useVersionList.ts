import { useCallback, useEffect, useState } from 'react';
import { listVersions, type VersionInfo } from '../api/versions.ts';

export type VersionList =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; versions: VersionInfo[] };

/** The board's versions, loaded when the panel opens; `reload` after saving one. */
export function useVersionList(boardId: string): { list: VersionList; reload: () => void } {
  const [list, setList] = useState<VersionList>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void generation;
    listVersions(boardId).then(
      (versions) => !cancelled && setList({ state: 'ready', versions }),
      (error: unknown) => !cancelled && setList({ state: 'failed', reason: (error as Error).message }),
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { list, reload };
}
