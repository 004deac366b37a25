import * as Y from 'yjs';
import { ModelError, rootOf } from './collection.ts';
import { noteOwner, ROOT } from './keys.ts';
import { transact } from './mutate.ts';
import { noteDataText, noteToData } from './note-data.ts';

/** Every note of a document by key (`section:goals`, `event:<id>`), skipping any value that is not rich text. */
export function readNotes(doc: Y.Doc): Map<string, Y.XmlFragment> {
  const notes = new Map<string, Y.XmlFragment>();
  for (const [key, value] of doc.getMap(ROOT.notes))
    if (value instanceof Y.XmlFragment) notes.set(key, value as Y.XmlFragment);
  return notes;
}

const copyOf = (fragment: Y.XmlFragment) =>
  fragment.toArray().map((node) => (node instanceof Y.AbstractType ? node.clone() : node)) as Array<
    Y.XmlElement | Y.XmlText
  >;

/**
 * The notes of a document, alone, as one Yjs update: what a version sends for its notes (the records
 * travel as a snapshot; rich text needs its structure). Read it back with `notesFromUpdate`.
 */
export function encodeNotes(doc: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  copy.transact(() => {
    const notes = copy.getMap<Y.XmlFragment>(ROOT.notes);
    for (const [key, fragment] of readNotes(doc)) {
      const clone = new Y.XmlFragment();
      notes.set(key, clone);
      clone.insert(0, copyOf(fragment));
    }
  });
  const update = Y.encodeStateAsUpdate(copy);
  copy.destroy();
  return update;
}

/** The notes in an update made by `encodeNotes`; throws a ModelError when the bytes are not an update. */
export function notesFromUpdate(update: Uint8Array): Map<string, Y.XmlFragment> {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw new ModelError('notes: the version’s notes are not a readable update');
  }
  return readNotes(doc);
}

/**
 * A note as plain text, one line per block (for previews and comparisons, never for editing). Mentions
 * read as their label.
 */
export const noteText = (fragment: Y.XmlFragment): string => noteDataText(noteToData(fragment));

/**
 * Puts a note of a version back into the live board as ONE new edit (tagged `restoreNote`): the live
 * note's content is replaced by a copy of the version's. A section note can always come back; an
 * event's note only while its event exists (restore the event first). Returns the note's key.
 *
 * @example restoreNote(doc, 'section:summary', versionNotes.get('section:summary'))
 */
export function restoreNote(doc: Y.Doc, key: string, from: Y.XmlFragment): string {
  const owner = noteOwner(key);
  if (!owner) throw new ModelError(`note: "${key}" is not a note of a board`);
  if ('eventId' in owner && !rootOf(doc, 'events').has(owner.eventId))
    throw new ModelError('note: its event is deleted; restore the event first');
  const content = copyOf(from);
  transact(doc, 'restoreNote', () => {
    const notes = doc.getMap<Y.XmlFragment>(ROOT.notes);
    let live = notes.get(key);
    if (!(live instanceof Y.XmlFragment)) {
      live = new Y.XmlFragment();
      notes.set(key, live);
    }
    if (live.length > 0) live.delete(0, live.length);
    live.insert(0, content);
  });
  return key;
}
