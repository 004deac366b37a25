import { generateKeyBetween } from 'fractional-indexing';

/** Anything placed by a fractional index. Ties (concurrent inserts at one spot) are broken by id. */
export interface Ordered {
  id: string;
  order: string;
}

/** Total order of ordered items: fractional index, then id, so every peer sorts ties the same way. */
export const compareOrdered = (a: Ordered, b: Ordered): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** A key after every item in `sorted` (sorted by `compareOrdered`). */
export const orderAtEnd = (sorted: readonly Ordered[]): string => safeKeyBetween(sorted.at(-1)?.order ?? null, null);

/**
 * The order key that puts an item at `index` of `siblings` (sorted, without the moved item).
 * Tied neighbours are skipped so the key always lands strictly between two distinct keys.
 */
export function orderAtIndex(siblings: readonly Ordered[], index: number): string {
  const at = Math.max(0, Math.min(index, siblings.length));
  const before = at > 0 ? (siblings[at - 1]?.order ?? null) : null;
  let after: string | null = null;
  for (let i = at; i < siblings.length; i++) {
    const candidate = siblings[i]?.order ?? null;
    if (candidate !== null && (before === null || candidate > before)) {
      after = candidate;
      break;
    }
  }
  return safeKeyBetween(before, after);
}

function safeKeyBetween(before: string | null, after: string | null): string {
  // Readers replace invalid keys with FIRST_ORDER_KEY, so both neighbours are valid and distinct here.
  return generateKeyBetween(before, after);
}

/** The key readers use in place of an order a peer wrote that is not a valid fractional index. */
export const FIRST_ORDER_KEY = 'a0';

/** Whether `key` is a valid fractional index (as `fractional-indexing` generates them). */
export function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
