import { type BoardSnapshot, eventNoteKey, NOTE_SECTIONS, type NoteDataNode, sectionNoteKey } from '@balanza/model';
import { useEffect, useMemo, useState } from 'react';
import { useLiveBoard } from '../../board/BoardContext.tsx';
import { useNotesText } from '../../board/notes/texts.ts';
import { MentionTargetsContext } from '../../board/notes-editor/MentionChip.tsx';
import { mentionTargets } from '../../board/notes-editor/mentionTargets.ts';
import { useTimelineText } from '../../sections/timeline/texts.ts';
import { NoteView } from './NoteView.tsx';
import { EmptyNote, ReportChapter } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/** Whether a note holds any text or mention (an empty paragraph is nothing to show). */
const hasContent = (nodes: readonly NoteDataNode[]): boolean =>
  nodes.some((node) =>
    'text' in node
      ? node.text.some((run) => typeof run.insert !== 'string' || run.insert.trim() !== '')
      : node.element === 'mention' || node.element === 'horizontalRule' || hasContent(node.children),
  );

/**
 * The reflection notes, read-only and live: the summary and each section's note, then the notes written
 * on events. Re-read on every change to any note (typing included), as the versions panel does.
 */
export function NotesChapter({ snapshot }: { snapshot: BoardSnapshot }) {
  const text = useReportText();
  const notesText = useNotesText();
  const timelineText = useTimelineText();
  const board = useLiveBoard();
  const [, setChanged] = useState(0);
  useEffect(() => board.watchNotes(() => setChanged((count) => count + 1)), [board.watchNotes]);
  const { goals, events, measures } = snapshot;
  // Chips show their target's current name; rebuilt only when a mentionable thing changes.
  const targets = useMemo(() => mentionTargets(snapshot, null), [goals, events, measures]);
  const eventNotes = events
    .map((event) => ({ event, nodes: board.noteData(eventNoteKey(event.id)) ?? [] }))
    .filter(({ nodes }) => hasContent(nodes));
  return (
    <ReportChapter chapter="notes" title={text.chapters.notes}>
      <MentionTargetsContext.Provider value={targets}>
        {NOTE_SECTIONS.map((section) => {
          const nodes = board.noteData(sectionNoteKey(section)) ?? [];
          return (
            <div key={section} className="report-part" data-testid={`report-note-${section}`}>
              <h3>{notesText.noteName[section]}</h3>
              {hasContent(nodes) ? <NoteView nodes={nodes} /> : <EmptyNote>{text.empty.note}</EmptyNote>}
            </div>
          );
        })}
        {eventNotes.map(({ event, nodes }) => (
          <div key={event.id} className="report-part" data-testid="report-event-note">
            <h3>{event.title || timelineText.untitled}</h3>
            <NoteView nodes={nodes} />
          </div>
        ))}
      </MentionTargetsContext.Provider>
    </ReportChapter>
  );
}
