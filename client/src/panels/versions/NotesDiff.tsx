import { type BoardSnapshot, NOTE_SECTIONS, noteOwner, noteText } from '@balanza/model';
import { useEffect, useMemo, useState } from 'react';
import type { VersionNotes } from '../../api/versions.ts';
import { useLiveBoard } from '../../board/BoardContext.tsx';
import { useNotesText } from '../../board/notes/texts.ts';
import { useToast } from '../../ui/Toast.tsx';
import { useVersionText } from './texts.ts';
import { RestoreButton, StateBadge } from './VersionRowParts.tsx';

interface NoteRow {
  key: string;
  name: string;
  /** The version's note as plain text. */
  text: string;
  state: 'same' | 'changed' | 'deleted';
}

const PREVIEW_CHARS = 300;

/**
 * The notes of a version (as plain text) against the live board, section notes first (in the notes'
 * order), then events' notes by name. A note empty in the version and on the live board is left out.
 */
function noteRows(
  versionTexts: Map<string, string>,
  liveText: (key: string) => string | null,
  nameOf: (key: string) => string,
): NoteRow[] {
  const rank = (key: string) => {
    const owner = noteOwner(key);
    return owner && 'section' in owner ? NOTE_SECTIONS.indexOf(owner.section) : NOTE_SECTIONS.length;
  };
  return [...versionTexts]
    .map(([key, text]): NoteRow => {
      const live = liveText(key);
      const state = live === null ? 'deleted' : live === text ? 'same' : 'changed';
      return { key, name: nameOf(key), text, state };
    })
    .filter((row) => row.text !== '' || row.state === 'changed')
    .sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name));
}

interface NotesDiffProps {
  notes: VersionNotes;
  /** The version's records, for the names of events whose notes these are. */
  version: BoardSnapshot;
  live: BoardSnapshot;
  canEdit: boolean;
}

/** A version's reflection notes, read-only, each marked when it differs from the live one, with a restore. */
export function NotesDiff({ notes, version, live, canEdit }: NotesDiffProps) {
  const board = useLiveBoard();
  const text = useVersionText();
  const notesText = useNotesText();
  const toast = useToast();
  const nameOf = (key: string) => {
    const owner = noteOwner(key);
    if (!owner) return key;
    if ('section' in owner) return notesText.noteName[owner.section];
    const { eventId } = owner;
    const event = version.events.find((e) => e.id === eventId) ?? live.events.find((e) => e.id === eventId);
    return text.eventNote(event?.title || text.untitled);
  };
  // A version's notes never change: read them once, not on every keystroke in a live note.
  const versionTexts = useMemo(() => new Map([...notes].map(([key, note]) => [key, noteText(note)])), [notes]);
  // The live notes change without the board's records changing: re-read them on every note change.
  const [, setNotesChanged] = useState(0);
  useEffect(() => board.watchNotes(() => setNotesChanged((count) => count + 1)), [board.watchNotes]);
  const rows = noteRows(versionTexts, board.noteText, nameOf);
  if (rows.length === 0) return null;
  const differing = rows.filter((row) => row.state !== 'same').length;
  const restore = (row: NoteRow) => {
    const fragment = notes.get(row.key);
    if (!fragment || !board.actions) return;
    // A refused restore (its event is gone) returns nothing; the actions' error handler said why.
    if (!board.actions.restoreNote(row.key, fragment)) return;
    toast({ message: text.restoredNote(row.name), action: { label: text.undo, run: board.history.undo } });
  };
  return (
    <section
      className="version-section"
      data-testid="version-section"
      data-section="notes"
      aria-label={text.notesHeading}
    >
      <header className="version-section-head">
        <h4>{text.notesHeading}</h4>
        <span className="muted">{text.notesSummary(differing)}</span>
      </header>
      <table className="version-table">
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={`version-row is-${row.state}`}
              data-testid="version-note"
              data-note-key={row.key}
              data-state={row.state}
            >
              <td className="version-row-main">
                <span className="version-row-name">{row.name}</span>
                <span className="version-row-details version-note-text">
                  {row.text === ''
                    ? text.emptyNote
                    : row.text.length > PREVIEW_CHARS
                      ? `${row.text.slice(0, PREVIEW_CHARS)}…`
                      : row.text}
                </span>
              </td>
              <td className="version-row-state">
                {row.state === 'changed' && <StateBadge state="changed" />}
                {row.state === 'deleted' && <StateBadge state="deleted" label={text.noteGone} />}
              </td>
              <td className="version-row-action">
                {canEdit && row.state !== 'same' && (
                  <RestoreButton
                    testId="version-restore-note"
                    label={text.restoreNote}
                    accessibleName={text.restoreNoteLabel(row.name)}
                    onClick={() => restore(row)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
