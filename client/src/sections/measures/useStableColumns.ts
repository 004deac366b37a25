import type { Measure, MeasureColumn } from '@balanza/model';
import { useRef } from 'react';

const sameCards = (a: readonly Measure[], b: readonly Measure[]) =>
  a.length === b.length && a.every((card, i) => card === b[i]);

/**
 * Keeps a column's array when it holds the same card objects as before (the board store keeps the
 * identity of unchanged items), so a change in one column does not re-render the other two.
 */
export function useStableColumns(next: Record<MeasureColumn, Measure[]>): Record<MeasureColumn, Measure[]> {
  const previous = useRef(next);
  const prev = previous.current;
  const stable = {
    keep: sameCards(prev.keep, next.keep) ? prev.keep : next.keep,
    change: sameCards(prev.change, next.change) ? prev.change : next.change,
    add: sameCards(prev.add, next.add) ? prev.add : next.add,
  };
  const unchanged = stable.keep === prev.keep && stable.change === prev.change && stable.add === prev.add;
  previous.current = unchanged ? prev : stable;
  return previous.current;
}
