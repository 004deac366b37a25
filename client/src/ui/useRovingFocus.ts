import { type FocusEvent, type KeyboardEvent, useState } from 'react';

type Move = (at: number, count: number) => number;
const next: Move = (at, count) => (at + 1) % count;
const previous: Move = (at, count) => (at - 1 + count) % count;

/** Keys that move focus inside the group, as an offset or an end; ↑/↓ too in a list that runs down. */
const MOVES: Record<string, Move> = {
  ArrowRight: next,
  ArrowLeft: previous,
  Home: () => 0,
  End: (_at, count) => count - 1,
};
const UP_DOWN: Record<string, Move> = { ...MOVES, ArrowDown: next, ArrowUp: previous };

/**
 * A group that is one Tab stop (the WAI-ARIA toolbar pattern, roving tabindex): ←/→ (and with `upDown`
 * ↑/↓) move between its items, wrapping, Home/End jump to the ends, and Tab comes back to the item used
 * last. Put `onKeyDown` and `onFocus` on the group's element and `tabIndex(i, count)` on its i-th item;
 * `items` selects the items (the enabled buttons by default).
 */
export function useRovingFocus({ items = 'button:not(:disabled)', upDown = false } = {}) {
  const [current, setCurrent] = useState(0);
  const itemsOf = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>(items)];
  const moves = upDown ? UP_DOWN : MOVES;
  return {
    /** 0 for the item Tab reaches (the last one used, or the last item when the group got shorter), else -1. */
    tabIndex: (index: number, count = Number.POSITIVE_INFINITY): 0 | -1 =>
      index === Math.min(current, count - 1) ? 0 : -1,
    onFocus(event: FocusEvent<HTMLElement>) {
      const at = itemsOf(event.currentTarget).indexOf(event.target as HTMLElement);
      if (at >= 0) setCurrent(at);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const move = moves[event.key];
      const all = itemsOf(event.currentTarget);
      const at = all.indexOf(event.target as HTMLElement);
      if (!move || at < 0) return;
      event.preventDefault();
      all[move(at, all.length)]?.focus();
    },
  };
}
