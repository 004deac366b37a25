import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withSampleBoard } from './sample-info.ts';
import { BoardNotFoundError, type Store } from './store.ts';

const text = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
};

/** [MEMBER-5] Private documents in every store: a log per member, never listed, deleted with their board. */
export function runDraftsContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`[MEMBER-5] ${name} store private documents`, () => {
    const withBoard = withSampleBoard(makeStore);

    it(
      'keeps a log per member, apart from the board’s and each other’s, and compacts it',
      withBoard(async (store) => {
        expect(await store.loadDrafts('b1', 'ana')).toEqual({ updates: [], lastSeq: 0 });
        const ana = new Y.Doc();
        const edit = (doc: Y.Doc, value: string) => {
          const before = Y.encodeStateVector(doc);
          doc.getText('t').insert(doc.getText('t').length, value);
          return Y.encodeStateAsUpdate(doc, before);
        };
        const first = await store.appendDrafts('b1', 'ana', edit(ana, 'private '));
        const second = await store.appendDrafts('b1', 'ana', edit(ana, 'card'));
        expect(second).toBeGreaterThan(first);
        await store.appendDrafts('b1', 'bo', edit(new Y.Doc(), 'other'));
        const loaded = await store.loadDrafts('b1', 'ana');
        expect([loaded.updates.length, loaded.lastSeq, text(loaded.updates)]).toEqual([2, second, 'private card']);
        expect(await store.draftMembers('b1')).toEqual(['ana', 'bo']);
        // Nothing of them in the board's log or the board list.
        expect((await store.load('b1'))?.updates).toHaveLength(1);
        expect((await store.list()).map((board) => board.id)).toEqual(['b1']);
        await store.compactDrafts('b1', 'ana', Y.encodeStateAsUpdate(ana), second);
        const late = await store.appendDrafts('b1', 'ana', edit(ana, '!'));
        const compacted = await store.loadDrafts('b1', 'ana');
        expect([compacted.updates.length, compacted.lastSeq, text(compacted.updates)]).toEqual([
          2,
          late,
          'private card!',
        ]);
      }),
    );

    it(
      'refuses an unknown board, and deletes the private documents with their board',
      withBoard(async (store) => {
        await expect(store.appendDrafts('nope', 'ana', new Uint8Array([0, 0]))).rejects.toBeInstanceOf(
          BoardNotFoundError,
        );
        await store.appendDrafts('b1', 'ana', Y.encodeStateAsUpdate(new Y.Doc()));
        await store.delete('b1');
        expect(await store.loadDrafts('b1', 'ana')).toEqual({ updates: [], lastSeq: 0 });
        expect(await store.draftMembers('b1')).toEqual([]);
        await expect(store.appendDrafts('b1', 'ana', new Uint8Array([0, 0]))).rejects.toBeInstanceOf(
          BoardNotFoundError,
        );
      }),
    );
  });
}
