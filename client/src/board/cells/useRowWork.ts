import { type FocusEvent, useRef } from 'react';

/**
 * Focus handlers for a table body whose rows carry their record's id in `attribute` (e.g.
 * `data-goal-id`): while the focus is in a row, this person works on that record; leaving the row
 * releases it (see `useDeletedWhileEditing`). Spread them on the `<tbody>` (focus events bubble in React).
 */
export function useRowWork(
  attribute: string,
  work: { touch(id: string): void; release(id: string): void } | undefined,
) {
  const current = useRef<string | null>(null);
  const rowOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(`[${attribute}]`)?.getAttribute(attribute) ?? null) : null;
  const onFocus = (event: FocusEvent) => {
    const id = rowOf(event.target);
    if (current.current && current.current !== id) work?.release(current.current);
    current.current = id;
    if (id) work?.touch(id);
  };
  const onBlur = (event: FocusEvent) => {
    if (!current.current || rowOf(event.relatedTarget) === current.current) return;
    work?.release(current.current);
    current.current = null;
  };
  return { onFocus, onBlur };
}
