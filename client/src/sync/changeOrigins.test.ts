import { addThread, initBoard, readBoard, setThreadResolved, updateGoal } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { trackChangeOrigins } from './changeOrigins.ts';

const SERVER = { server: true };

/** Two peers of one board; what one does reaches the other with the SERVER origin, as y-websocket applies it. */
function twoPeers() {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  initBoard(theirs, { title: 'Origins', reviewedYear: 2026 });
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), SERVER);
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => origin !== SERVER && Y.applyUpdate(to, update, SERVER));
  relay(mine, theirs);
  relay(theirs, mine);
  return { mine, theirs };
}

describe('origins of changes', () => {
  it('[A11Y-13] a record reads as changed by others after a relayed change, and as mine after my own', () => {
    const { mine, theirs } = twoPeers();
    const origins = trackChangeOrigins(mine, (origin) => origin === SERVER);
    const [goal, other] = readBoard(mine).goals.map((each) => each.id) as [string, string];
    expect(origins.byOthers('goals', goal)).toBe(false);

    updateGoal(theirs, goal, { actual: 900 });
    expect(origins.byOthers('goals', goal)).toBe(true);
    expect(origins.byOthers('goals', other)).toBe(false);

    updateGoal(mine, goal, { actual: 950 });
    expect(origins.byOthers('goals', goal)).toBe(false);

    // A nested change (a thread resolved) counts for its record; a new record too.
    const thread = addThread(theirs, {
      targetKind: 'goal',
      targetId: goal,
      text: 'Why?',
      author: 'Bo',
      authorId: 'bo',
      color: '#c2410c',
    });
    expect(origins.byOthers('comments', thread)).toBe(true);
    setThreadResolved(mine, thread, true);
    expect(origins.byOthers('comments', thread)).toBe(false);
    setThreadResolved(theirs, thread, false);
    expect(origins.byOthers('comments', thread)).toBe(true);

    origins.stop();
    updateGoal(theirs, other, { actual: 1 });
    expect(origins.byOthers('goals', other)).toBe(false);
  });
});
