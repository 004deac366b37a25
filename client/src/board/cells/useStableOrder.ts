import { useRef } from 'react';

/**
 * The live order of ids, except while `frozen` (the user is in a cell): then rows keep the order
 * they had, removed rows leave and new rows are added at the end, so nothing moves under the caret.
 * The live order comes back as soon as the user leaves the table.
 */
export function useStableOrder(live: readonly string[], frozen: boolean): readonly string[] {
  const shown = useRef<readonly string[]>(live);
  if (!frozen) {
    shown.current = live;
    return live;
  }
  const present = new Set(live);
  const kept = shown.current.filter((id) => present.has(id));
  const keptSet = new Set(kept);
  const next = [...kept, ...live.filter((id) => !keptSet.has(id))];
  const same = next.length === shown.current.length && next.every((id, i) => id === shown.current[i]);
  if (!same) shown.current = next;
  return shown.current;
}
