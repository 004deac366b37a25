import { type FocusEvent, type KeyboardEvent, useState } from 'react';

/** Keys that move focus inside a toolbar, as an offset or an end. */
const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/**
 * A toolbar that is one Tab stop (the WAI-ARIA toolbar pattern): ←/→ move between its buttons (wrapping),
 * Home/End jump to the ends, and Tab comes back to the button used last. Put `onKeyDown` and `onFocus` on
 * the `role="toolbar"` element and `tabIndex(i)` on its i-th button.
 */
export function useRovingFocus() {
  const [current, setCurrent] = useState(0);
  const buttonsOf = (toolbar: HTMLElement) => [...toolbar.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  return {
    tabIndex: (index: number): 0 | -1 => (index === current ? 0 : -1),
    onFocus(event: FocusEvent<HTMLElement>) {
      const at = buttonsOf(event.currentTarget).indexOf(event.target as HTMLButtonElement);
      if (at >= 0) setCurrent(at);
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const move = MOVES[event.key];
      const buttons = buttonsOf(event.currentTarget);
      const at = buttons.indexOf(event.target as HTMLButtonElement);
      if (!move || at < 0) return;
      event.preventDefault();
      buttons[move(at, buttons.length)]?.focus();
    },
  };
}
