import { addGoal, initBoard, readBoard, updateGoal } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createHistory } from './history.ts';

const REMOTE = { remote: true };

/** Two peers of one board; each one's updates reach the other with a non-mutation origin, as from the provider. */
function twoPeers() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  initBoard(a, { title: 'Undo', reviewedYear: 2026 });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), REMOTE);
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(b, update, REMOTE));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== REMOTE && Y.applyUpdate(a, update, REMOTE));
  return { a, b };
}

const actualOf = (doc: Y.Doc, id: string) => readBoard(doc).goals.find((goal) => goal.id === id)?.actual;

describe('per-user undo', () => {
  it('[UNDO-1] undoes only my change, never a colleague’s in the same section, on both peers', () => {
    const { a, b } = twoPeers();
    const [first, second] = readBoard(a).goals.map((goal) => goal.id) as [string, string];
    const history = createHistory(a);
    updateGoal(a, first, { actual: 111 });
    updateGoal(b, second, { actual: 222 });
    expect(history.state.get()).toEqual({ canUndo: true, canRedo: false });

    history.undo();
    expect(actualOf(a, first)).not.toBe(111);
    expect(actualOf(b, first)).not.toBe(111);
    expect(actualOf(a, second)).toBe(222);
    expect(actualOf(b, second)).toBe(222);
    expect(history.state.get()).toEqual({ canUndo: false, canRedo: true });

    history.redo();
    expect(actualOf(b, first)).toBe(111);
    history.destroy();
  });

  it('[UNDO-1] a colleague’s change alone leaves nothing for me to undo', () => {
    const { a, b } = twoPeers();
    const history = createHistory(a);
    addGoal(b, { label: 'Theirs' });
    expect(history.state.get().canUndo).toBe(false);
    history.undo();
    expect(readBoard(a).goals.some((goal) => goal.label === 'Theirs')).toBe(true);
    history.destroy();
  });

  it('[UNDO-2] each named mutation is one step: two edits take two undos', () => {
    const { a } = twoPeers();
    const [first] = readBoard(a).goals.map((goal) => goal.id) as [string];
    const history = createHistory(a);
    updateGoal(a, first, { actual: 1 });
    updateGoal(a, first, { actual: 2 });
    history.undo();
    expect(actualOf(a, first)).toBe(1);
    history.undo();
    expect(actualOf(a, first)).not.toBe(1);
    history.destroy();
  });
});
