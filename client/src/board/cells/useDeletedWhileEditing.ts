import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAbilities } from '../BoardContext.tsx';
import { type Draft, WorkTracker } from './workTracker.ts';

/** How long a record stays watched after this person left it: a delete sent meanwhile has time to arrive. */
const RELEASE_AFTER_MS = 5_000;

/** What a table or panel reports about the records this person works on (see `useDeletedWhileEditing`). */
export interface RecordWork<T extends { id: string }> {
  touch(id: string, draft?: Draft<T> | null): void;
  release(id: string): void;
}

/**
 * Notices a record that disappears (deleted by someone else) while this person is working on it, and
 * hands back what they saw plus their unsaved draft so it can be restored: a concurrent delete wins in
 * Yjs, so without this their edit would be silently lost. Records this person deletes are ignored, and a
 * person who may not edit (viewer, commenter, locked board) is offered nothing: they could not restore it.
 *
 * @example
 * const { touch, release, deletedByMe } = useDeletedWhileEditing(goals, (goal) => offerRestore(goal));
 * touch(goal.id);                   // focused a cell of it
 * touch(goal.id, { actual: 1200 }); // typed, not stored yet
 * touch(goal.id, null);             // stored
 * release(goal.id);                 // left it
 */
export function useDeletedWhileEditing<T extends { id: string }>(records: readonly T[], onLost: (record: T) => void) {
  const [tracker] = useState(() => new WorkTracker<T>());
  const lostRef = useRef(onLost);
  lostRef.current = onLost;
  const { canEdit } = useAbilities();
  const canEditRef = useRef(canEdit);
  canEditRef.current = canEdit;
  const recordsRef = useRef(records);
  recordsRef.current = records;

  useEffect(() => {
    for (const record of tracker.sync(records)) if (canEditRef.current) lostRef.current(record);
  }, [tracker, records]);

  /** This person works on a record: focused it, or typed (`draft`: see `WorkTracker.touch`). */
  const touch = useCallback(
    (id: string, draft?: Draft<T> | null) =>
      tracker.touch(
        recordsRef.current.find((record) => record.id === id),
        draft,
        Date.now(),
      ),
    [tracker],
  );
  /** This person left the record: stop watching it once a delete sent meanwhile has had time to arrive. */
  const release = useCallback(
    (id: string) => {
      setTimeout(() => tracker.release(id, Date.now(), RELEASE_AFTER_MS), RELEASE_AFTER_MS);
    },
    [tracker],
  );
  /** This person deleted it: no "restore" offer (they get an Undo toast instead). */
  const deletedByMe = useCallback((id: string) => tracker.deletedByMe(id), [tracker]);
  return useMemo(() => ({ touch, release, deletedByMe }), [touch, release, deletedByMe]);
}
