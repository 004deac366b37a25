import { type NoteSection, sectionNoteKey } from '@balanza/model';
import { useMemo } from 'react';
import { useIdentity } from '../../identity/identity.ts';
import { useAbilities, useLiveBoard, useSnapshot } from '../BoardContext.tsx';
import { mentionTargets } from '../notes-editor/mentionTargets.ts';
import { NoteEditor } from '../notes-editor/NoteEditor.tsx';
import { useNotesText } from './texts.ts';

/** One section's reflection note, live, with mentions of the board's goals, events and measures. */
export function SectionNote({ section }: { section: NoteSection }) {
  const snapshot = useSnapshot();
  const { note: noteOf } = useLiveBoard();
  const text = useNotesText();
  const identity = useIdentity();
  const abilities = useAbilities();
  const { goals, events, measures } = snapshot;
  const viewerId = identity?.id ?? null;
  // Rebuilt only when a mentionable thing changes, so chips and the picker stay current without churn.
  const targets = useMemo(() => mentionTargets(snapshot, viewerId), [goals, events, measures, viewerId]);
  const note = noteOf(sectionNoteKey(section));
  if (!note) return <p className="muted">{text.missing}</p>;
  return (
    <div className="section-note" data-testid={`section-note-${section}`}>
      {snapshot.session.locked && !abilities.isFacilitator && (
        <p className="muted section-note-locked">{text.locked}</p>
      )}
      <NoteEditor
        key={note.key}
        note={note}
        user={identity}
        label={text.noteName[section]}
        targets={targets}
        editable={abilities.canEdit}
      />
    </div>
  );
}
