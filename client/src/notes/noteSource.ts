import { useEffect, useSyncExternalStore } from 'react';
import type { NoteHandle } from '../sync/noteBinding.ts';
import type { UseBoardResult } from '../sync/useBoard.ts';
import { valueStore } from '../sync/valueStore.ts';

/** The open board's notes, for reflection panels inside sections that are not handed the board. */
export interface NoteSource {
  boardId: string;
  note(key: string): NoteHandle | null;
}

const current = valueStore<NoteSource | null>(null, (a, b) => a?.boardId === b?.boardId && a?.note === b?.note);

/**
 * Publishes the open board's notes while mounted (BoardPage renders it once). Sections such as Goals
 * receive only the snapshot and actions, so their reflection panel finds its note here.
 */
export function NoteSourceBridge({ boardId, board }: { boardId: string; board: Pick<UseBoardResult, 'note'> }) {
  const { note } = board;
  useEffect(() => {
    current.set({ boardId, note });
    return () => current.set(null);
  }, [boardId, note]);
  return null;
}

/** The open board's notes, or null before BoardPage has published them. */
export const useNoteSource = (): NoteSource | null => useSyncExternalStore(current.subscribe, current.get);
