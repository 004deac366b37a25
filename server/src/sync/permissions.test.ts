import { addThread, initBoard, updateGoal, updateSession } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkUpdate } from './permissions.ts';

/** A server doc with a board, and the updates a client in sync with it makes. */
function setup(locked: boolean) {
  const server = new Y.Doc();
  initBoard(server, { title: 'Review', reviewedYear: 2026 });
  if (locked) updateSession(server, { locked: true });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const goalId = Object.keys(client.getMap('goals').toJSON())[0] as string;
  const editOf = (edit: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    edit(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { server, goalId, editOf };
}

const decoded = (update: Uint8Array) => () => Y.decodeUpdate(update);
const comment = (goalId: string) => (doc: Y.Doc) =>
  addThread(doc, { targetKind: 'goal', targetId: goalId, text: 'hm', author: 'A', authorId: 'a', color: '#123456' });

describe('checkUpdate with the board lock', () => {
  it('[FACIL-5] a locked board refuses an editor goal edit but lets comments and the facilitator through', () => {
    const { server, goalId, editOf } = setup(true);
    const commentEdit = editOf(comment(goalId));
    expect(checkUpdate('editor', server, decoded(commentEdit))).toEqual({ ok: true });
    Y.applyUpdate(server, commentEdit);
    const goalEdit = editOf((doc) => updateGoal(doc, goalId, { actual: 1 }));
    expect(checkUpdate('editor', server, decoded(goalEdit))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/locked/),
    });
    expect(checkUpdate('facilitator', server, decoded(goalEdit))).toEqual({ ok: true });
  });

  it('[FACIL-5] an unlocked board lets an editor edit goals', () => {
    const { server, goalId, editOf } = setup(false);
    const goalEdit = editOf((doc) => updateGoal(doc, goalId, { actual: 1 }));
    expect(checkUpdate('editor', server, decoded(goalEdit))).toEqual({ ok: true });
  });
});
