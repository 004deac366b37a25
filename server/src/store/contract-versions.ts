import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withSampleBoard } from './sample-info.ts';
import { BoardNotFoundError, type Store, type StoredVersion } from './store.ts';

const docWith = (value: number): Uint8Array => {
  const doc = new Y.Doc();
  doc.getMap('m').set('v', value);
  return Y.encodeStateAsUpdate(doc);
};

const storedValue = (bytes: Uint8Array): unknown => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bytes);
  return doc.getMap('m').get('v');
};

const version = (boardId: string, id: string, overrides: Partial<StoredVersion> = {}): StoredVersion => ({
  id,
  boardId,
  name: `Version ${id}`,
  auto: false,
  createdAt: 1_000,
  createdBy: 'Ana',
  bytes: docWith(1),
  ...overrides,
});

const auto = (boardId: string, id: string, createdAt: number): StoredVersion =>
  version(boardId, id, { name: null, auto: true, createdBy: null, createdAt });

/** [VERSION-1] Versions in every store: saved, listed newest first, loaded with their bytes, pruned, deleted. */
export function runVersionContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`[VERSION-1] ${name} store versions`, () => {
    const withBoard = withSampleBoard(makeStore, {
      first: docWith(0),
      info: { title: 'B', shop: '', createdAt: 1, updatedAt: 1 },
    });

    it(
      'saves versions and lists them newest first, without bytes',
      withBoard(async (store) => {
        await store.addVersion(version('b1', 'v1', { createdAt: 1_000, bytes: docWith(1) }));
        await store.addVersion(auto('b1', 'v2', 3_000));
        await store.addVersion(version('b1', 'v3', { createdAt: 2_000, name: 'before the meeting' }));
        const list = await store.listVersions('b1');
        expect(list.map((v) => v.id)).toEqual(['v2', 'v3', 'v1']);
        expect(list[0]).toEqual({ id: 'v2', boardId: 'b1', name: null, auto: true, createdAt: 3_000, createdBy: null });
        expect(list[1]).toEqual({
          id: 'v3',
          boardId: 'b1',
          name: 'before the meeting',
          auto: false,
          createdAt: 2_000,
          createdBy: 'Ana',
        });
        expect(list.some((v) => 'bytes' in v)).toBe(false);
      }),
    );

    it(
      'loads a version with the document it holds; null for an unknown one',
      withBoard(async (store) => {
        const bytes = docWith(42);
        await store.addVersion(version('b1', 'v1', { bytes }));
        bytes.fill(0);
        const loaded = await store.loadVersion('b1', 'v1');
        expect(storedValue(loaded?.bytes ?? new Uint8Array())).toBe(42);
        expect(await store.loadVersion('b1', 'nope')).toBeNull();
        expect(await store.loadVersion('other', 'v1')).toBeNull();
      }),
    );

    it(
      'refuses a version of an unknown board and lists none for it',
      withBoard(async (store) => {
        await expect(store.addVersion(version('nope', 'v1'))).rejects.toBeInstanceOf(BoardNotFoundError);
        expect(await store.listVersions('nope')).toEqual([]);
      }),
    );

    it(
      'keeps at most maxAuto automatic versions (the oldest go) and every named one',
      withBoard(async (store) => {
        await store.addVersion(version('b1', 'named-old', { createdAt: 500 }));
        for (let i = 1; i <= 5; i++) await store.addVersion(auto('b1', `a${i}`, 1_000 * i), 3);
        await store.addVersion(version('b1', 'named-new', { createdAt: 9_000 }), 3);
        const ids = (await store.listVersions('b1')).map((v) => v.id);
        expect(ids).toEqual(['named-new', 'a5', 'a4', 'a3', 'named-old']);
      }),
    );

    it(
      'deleting a board deletes its versions',
      withBoard(async (store) => {
        await store.addVersion(version('b1', 'v1'));
        await store.delete('b1');
        expect(await store.listVersions('b1')).toEqual([]);
        expect(await store.loadVersion('b1', 'v1')).toBeNull();
      }),
    );
  });
}
