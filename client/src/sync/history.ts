import { COLLECTIONS, MutationOrigin, ROOT } from '@balanza/model';
import * as Y from 'yjs';
import { shallowEqual, type ValueStore, valueStore } from './valueStore.ts';

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo/redo of this user's own changes only: the manager tracks transactions whose origin is a
 * `MutationOrigin` (every named mutation run here); peers' changes arrive with the provider as origin.
 */
export function createHistory(doc: Y.Doc): {
  state: ValueStore<HistoryState>;
  undo(): void;
  redo(): void;
  destroy(): void;
} {
  // Notes too, for a note restored from a version: typing in a note has the editor's origin, not ours.
  const roots = [
    ...COLLECTIONS.map((name) => doc.getMap(ROOT[name])),
    doc.getMap(ROOT.meta),
    doc.getMap(ROOT.plan),
    doc.getMap(ROOT.notes),
  ];
  // captureTimeout 0: every named mutation is one user action already (cells commit once, not per keystroke).
  const manager = new Y.UndoManager(roots, { trackedOrigins: new Set([MutationOrigin]), captureTimeout: 0 });
  const state = valueStore<HistoryState>({ canUndo: false, canRedo: false }, shallowEqual);
  const refresh = () => state.set({ canUndo: manager.canUndo(), canRedo: manager.canRedo() });
  manager.on('stack-item-added', refresh);
  manager.on('stack-item-popped', refresh);
  manager.on('stack-cleared', refresh);
  return {
    state,
    undo: () => manager.undo(),
    redo: () => manager.redo(),
    destroy: () => manager.destroy(),
  };
}
