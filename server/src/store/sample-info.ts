import type { BoardInfo } from './store.ts';

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
