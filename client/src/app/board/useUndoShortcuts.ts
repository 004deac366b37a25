import { useEffect } from 'react';

/**
 * A field whose own undo should win: one being typed in. Grid cells with nothing typed in them say
 * `data-undo="board"`, so after Enter the next Ctrl+Z undoes the stored value, not an empty field.
 */
const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  target.dataset.undo !== 'board' &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));

/**
 * Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo this user's board changes, except while
 * typing in a field or a note, where they keep undoing the text being typed.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}
