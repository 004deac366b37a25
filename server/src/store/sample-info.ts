import * as Y from 'yjs';
import type { BoardInfo, Store } from './store.ts';

/** A board list entry for tests. */
export const sampleBoardInfo = (id: string, overrides: Partial<BoardInfo> = {}): BoardInfo => ({
  id,
  title: `Board ${id}`,
  shop: 'Shop',
  reviewedYear: 2026,
  planYear: 2027,
  currency: 'CNY',
  locale: 'en',
  createdAt: 1_000,
  updatedAt: 1_000,
  ...overrides,
});

/**
 * A contract test's body run on a fresh store holding board `b1` (an empty document unless `first` is given,
 * with `info` over the sample entry), closed afterwards whatever happens.
 */
export const withSampleBoard =
  (
    makeStore: () => Promise<Store> | Store,
    { first = Y.encodeStateAsUpdate(new Y.Doc()), info = {} }: { first?: Uint8Array; info?: Partial<BoardInfo> } = {},
  ) =>
  (test: (store: Store) => Promise<void>) =>
  async () => {
    const store = await makeStore();
    try {
      await store.create('b1', first, sampleBoardInfo('b1', info));
      await test(store);
    } finally {
      await store.close();
    }
  };
