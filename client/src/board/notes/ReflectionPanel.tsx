import type { NoteSection } from '@balanza/model';
import { useId, useState } from 'react';
import { useBoardId } from '../BoardContext.tsx';
import { SectionNote } from './SectionNote.tsx';
import { useNotesText } from './texts.ts';

const storageKey = (boardId: string, section: NoteSection) => `balanza.reflection.${boardId}.${section}`;

/**
 * A collapsible "Reflection" note at the foot of a section view (goals, input & output, timeline,
 * measures): the same note the Notes section shows for it. Open or closed is remembered per browser.
 *
 * @example <ReflectionPanel section="measures" />
 */
export function ReflectionPanel({ section }: { section: NoteSection }) {
  const text = useNotesText();
  const boardId = useBoardId();
  const bodyId = useId();
  const [open, setOpen] = useState(() => {
    try {
      return localStorage.getItem(storageKey(boardId, section)) === 'open';
    } catch {
      return false;
    }
  });
  const toggle = () => {
    const next = !open;
    setOpen(next);
    try {
      localStorage.setItem(storageKey(boardId, section), next ? 'open' : 'closed');
    } catch {
      // Private mode without storage: the panel still opens, it is just not remembered.
    }
  };
  return (
    <section className="reflection-panel" data-testid={`reflection-${section}`} data-open={open ? 'true' : 'false'}>
      <h2 className="reflection-heading">
        <button
          type="button"
          className="reflection-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
          data-testid="reflection-toggle"
        >
          <span aria-hidden="true" className="reflection-caret">
            {open ? '▾' : '▸'}
          </span>
          <span>{text.reflection}</span>
          <span className="muted reflection-hint">{text.reflectionHint}</span>
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {open && <SectionNote section={section} />}
      </div>
    </section>
  );
}
