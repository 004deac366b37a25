import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runClientContract } from './contract-clients.ts';
import { runDraftsContract } from './contract-drafts.ts';
import { runVersionContract } from './contract-versions.ts';
import { sampleBoardInfo } from './sample-info.ts';
import { BoardNotFoundError, type Store } from './store.ts';

export { sampleBoardInfo };

/** An update that sets `key` to `value` on top of `base`'s state. */
function edit(base: Y.Doc, key: string, value: number): Uint8Array {
  const before = Y.encodeStateVector(base);
  base.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(base, before);
}

function replay(updates: Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getMap('m').toJSON();
}

/**
 * [STORE-1] The behaviour every `Store` must have. Call it from a test file with a factory that gives a
 * fresh, empty store (and cleans up in `close`).
 */
export function runStoreContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`[STORE-1] ${name} store contract`, () => {
    const withStore = (test: (store: Store) => Promise<void>) => async () => {
      const store = await makeStore();
      try {
        await test(store);
      } finally {
        await store.close();
      }
    };

    it(
      'creates, loads and appends in order',
      withStore(async (store) => {
        const doc = new Y.Doc();
        await store.create('b1', edit(doc, 'a', 1), sampleBoardInfo('b1'));
        const seq2 = await store.append('b1', edit(doc, 'b', 2), 2_000);
        const seq3 = await store.append('b1', edit(doc, 'a', 3), 3_000);
        expect(seq3).toBeGreaterThan(seq2);
        const loaded = await store.load('b1');
        expect(loaded?.updates).toHaveLength(3);
        expect(loaded?.lastSeq).toBe(seq3);
        expect(replay(loaded?.updates ?? [])).toEqual({ a: 3, b: 2 });
        expect(loaded?.info.updatedAt).toBe(3_000);
      }),
    );

    it(
      'answers null for an unknown board and refuses to append to one',
      withStore(async (store) => {
        expect(await store.load('nope')).toBeNull();
        await expect(store.append('nope', new Uint8Array([0, 0]))).rejects.toBeInstanceOf(BoardNotFoundError);
        await expect(store.compact('nope', new Uint8Array([0, 0]), 1)).rejects.toBeInstanceOf(BoardNotFoundError);
        expect(await store.delete('nope')).toBe(false);
      }),
    );

    it(
      '[STORE-2] appends made at once to several boards are each kept, in order; a deleted board fails alone',
      withStore(async (store) => {
        const [one, two] = [new Y.Doc(), new Y.Doc()];
        await store.create('b1', edit(one, 'a', 1), sampleBoardInfo('b1'));
        await store.create('b2', edit(two, 'a', 1), sampleBoardInfo('b2'));
        await store.create('gone', edit(new Y.Doc(), 'a', 1), sampleBoardInfo('gone'));
        expect(await store.delete('gone')).toBe(true);
        const results = await Promise.allSettled([
          store.append('b1', edit(one, 'x', 1), 5_000),
          store.append('b2', edit(two, 'y', 1), 5_000),
          store.append('gone', edit(new Y.Doc(), 'z', 1)),
          store.append('b1', edit(one, 'x', 2), 6_000),
        ]);
        const seqs = results.map((r) => (r.status === 'fulfilled' ? r.value : null));
        expect((seqs[3] ?? 0) > (seqs[0] ?? 0)).toBe(true);
        expect(seqs[1]).not.toBeNull();
        expect(results[2]?.status === 'rejected' && results[2].reason).toBeInstanceOf(BoardNotFoundError);
        expect(await store.load('gone')).toBeNull();
        expect(replay((await store.load('b1'))?.updates ?? [])).toEqual({ a: 1, x: 2 });
        expect(replay((await store.load('b2'))?.updates ?? [])).toEqual({ a: 1, y: 1 });
        expect((await store.load('b1'))?.info.updatedAt).toBe(6_000);
      }),
    );

    it(
      'answers a ping while open',
      withStore(async (store) => {
        await expect(store.ping()).resolves.toBeUndefined();
      }),
    );

    it(
      'refuses to create a board twice',
      withStore(async (store) => {
        await store.create('b1', edit(new Y.Doc(), 'a', 1), sampleBoardInfo('b1'));
        await expect(store.create('b1', edit(new Y.Doc(), 'a', 2), sampleBoardInfo('b1'))).rejects.toThrow();
      }),
    );

    it(
      '[PERSIST-3] compaction keeps the same document and the updates after it',
      withStore(async (store) => {
        const doc = new Y.Doc();
        await store.create('b1', edit(doc, 'a', 1), sampleBoardInfo('b1'));
        for (let i = 0; i < 20; i++) await store.append('b1', edit(doc, `k${i}`, i));
        const before = await store.load('b1');
        await store.compact('b1', Y.encodeStateAsUpdate(doc), before?.lastSeq ?? 0);
        const late = await store.append('b1', edit(doc, 'late', 99));
        const after = await store.load('b1');
        expect(after?.updates).toHaveLength(2);
        expect(after?.lastSeq).toBe(late);
        expect(replay(after?.updates ?? [])).toEqual(doc.getMap('m').toJSON());
      }),
    );

    it(
      'lists boards with their info, most recently updated first, and sets info',
      withStore(async (store) => {
        await store.create('old', edit(new Y.Doc(), 'a', 1), sampleBoardInfo('old', { updatedAt: 1_000 }));
        await store.create('new', edit(new Y.Doc(), 'a', 1), sampleBoardInfo('new', { updatedAt: 5_000 }));
        await store.setInfo('old', { title: 'Renamed' });
        await store.append('old', edit(new Y.Doc(), 'b', 1), 9_000);
        const list = await store.list();
        expect(list.map((board) => board.id)).toEqual(['old', 'new']);
        expect(list[0]).toMatchObject({ id: 'old', title: 'Renamed', shop: 'Shop', updatedAt: 9_000 });
      }),
    );

    it(
      'deletes a board and its log',
      withStore(async (store) => {
        await store.create('b1', edit(new Y.Doc(), 'a', 1), sampleBoardInfo('b1'));
        expect(await store.delete('b1')).toBe(true);
        expect(await store.load('b1')).toBeNull();
        expect(await store.list()).toEqual([]);
        await store.create('b1', edit(new Y.Doc(), 'fresh', 1), sampleBoardInfo('b1'));
        expect(replay((await store.load('b1'))?.updates ?? [])).toEqual({ fresh: 1 });
      }),
    );

    it(
      'returns copies: changing a loaded update does not change the store',
      withStore(async (store) => {
        const first = edit(new Y.Doc(), 'a', 1);
        await store.create('b1', first, sampleBoardInfo('b1'));
        first.fill(0);
        const loaded = await store.load('b1');
        loaded?.updates[0]?.fill(0);
        expect(replay((await store.load('b1'))?.updates ?? [])).toEqual({ a: 1 });
      }),
    );
  });
  runVersionContract(name, makeStore);
  runClientContract(name, makeStore);
  runDraftsContract(name, makeStore);
}
