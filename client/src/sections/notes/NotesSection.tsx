import { NOTE_SECTIONS, type NoteSection } from '@balanza/model';
import { type KeyboardEvent, useRef, useState } from 'react';
import { useBoardId } from '../../board/BoardContext.tsx';
import { SectionNote } from '../../board/notes/SectionNote.tsx';
import { useNotesText } from '../../board/notes/texts.ts';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';

/**
 * The Notes section: the overall summary of the review and, in tabs, each section's reflection note
 * (the same notes the sections show in their Reflection panel), with a link to the section itself.
 */
export function NotesSection() {
  const boardId = useBoardId();
  const text = useNotesText();
  const [current, setCurrent] = useState<NoteSection>('summary');
  const tabs = useRef(new Map<NoteSection, HTMLButtonElement>());

  // Arrow keys move between tabs, as in any tab list (WAI-ARIA authoring practices).
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = NOTE_SECTIONS.indexOf(current);
    const next = NOTE_SECTIONS[(index + step + NOTE_SECTIONS.length) % NOTE_SECTIONS.length] as NoteSection;
    setCurrent(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <section className="notes-section" aria-labelledby="section-heading">
      <SectionHeader title={text.title} intro={text.intro} />
      <div className="notes-tabs" role="tablist" aria-label={text.tabs} onKeyDown={onKeyDown}>
        {NOTE_SECTIONS.map((section) => (
          <button
            key={section}
            ref={(element) => {
              if (element) tabs.current.set(section, element);
            }}
            type="button"
            role="tab"
            id={`notes-tab-${section}`}
            aria-selected={section === current}
            aria-controls="notes-panel"
            tabIndex={section === current ? 0 : -1}
            className="notes-tab"
            onClick={() => setCurrent(section)}
            data-testid={`notes-tab-${section}`}
          >
            {text.noteName[section]}
          </button>
        ))}
      </div>
      <div id="notes-panel" role="tabpanel" aria-labelledby={`notes-tab-${current}`} className="notes-panel">
        {current !== 'summary' && (
          <p className="notes-open-section">
            <Link href={boardPath(boardId, current)}>{text.openSection(text.noteName[current])} →</Link>
          </p>
        )}
        <SectionNote key={current} section={current} />
      </div>
    </section>
  );
}
