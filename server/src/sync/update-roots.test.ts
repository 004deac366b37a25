import { addGoal, addThread, initBoard, removeGoal, updateGoal } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { rootsTouched } from './update-roots.ts';

/** A server doc with a board, and a client doc in sync with it. */
function pair() {
  const server = new Y.Doc();
  initBoard(server, { title: 'Review', reviewedYear: 2026 });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update `edit` makes on the client, as the server would receive it. */
function editOf(client: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  edit(client);
  return Y.encodeStateAsUpdate(client, before);
}

const roots = (server: Y.Doc, update: Uint8Array) => {
  const found = rootsTouched(server, Y.decodeUpdate(update));
  return found && [...found].sort();
};

describe('rootsTouched (which roots an update changes, without applying it)', () => {
  it('[AUTH-5] names the root of new items, of edits to existing records and of deletions', () => {
    const { server, client } = pair();
    const goalId = Object.keys(client.getMap('goals').toJSON())[0] as string;
    const edited = editOf(client, (doc) => updateGoal(doc, goalId, { actual: 5 }));
    expect(roots(server, edited)).toEqual(['goals']);
    Y.applyUpdate(server, edited);
    const added = editOf(client, (doc) =>
      addThread(doc, {
        targetKind: 'goal',
        targetId: goalId,
        text: 'hm',
        author: 'A',
        authorId: 'a',
        color: '#123456',
      }),
    );
    expect(roots(server, added)).toEqual(['comments']);
    Y.applyUpdate(server, added);
    expect(
      roots(
        server,
        editOf(client, (doc) => removeGoal(doc, goalId)),
      ),
    ).toEqual(['goals']);
  });

  it('[AUTH-5] an update that depends on changes the server lacks cannot be judged (null)', () => {
    const { server, client } = pair();
    editOf(client, (doc) => addGoal(doc, { label: 'never sent' }));
    const next = editOf(client, (doc) => addGoal(doc, { label: 'depends on it' }));
    expect(rootsTouched(server, Y.decodeUpdate(next))).toBeNull();
  });
  it('[AUTH-5] still names a root after the document first reads it as a map (its type object is replaced)', () => {
    const { client } = pair();
    // A server document loaded from stored bytes holds placeholder root types until something reads them.
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const goalId = Object.keys(client.getMap('goals').toJSON())[0] as string;
    const first = editOf(client, (doc) => updateGoal(doc, goalId, { actual: 1 }));
    expect(roots(server, first)).toEqual(['goals']);
    Y.applyUpdate(server, first);
    server.getMap('goals'); // the placeholder becomes a Y.Map: a new object under the same name
    expect(
      roots(
        server,
        editOf(client, (doc) => updateGoal(doc, goalId, { actual: 2 })),
      ),
    ).toEqual(['goals']);
  });
});
