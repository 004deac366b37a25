/**
 * [VERSION-8] a note of a version comes back into the live board as one new, undoable edit
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eventNoteKey, noteOwner, sectionNoteKey } from './keys.ts';
import { addEvent, addLane, removeEvent } from './mutations.ts';
import { encodeNotes, notesFromUpdate, noteText, readNotes, restoreNote } from './notes-restore.ts';
import { MutationOrigin } from './origin.ts';
import { getNote } from './read.ts';
import { originsOf } from './test-helpers.ts';

/** Writes a note the way the editor stores it: paragraphs of text, a heading, a mention. */
function writeNote(doc: Y.Doc, key: string, lines: string[], mention?: string) {
  const notes = doc.getMap<Y.XmlFragment>('notes');
  const fragment = notes.get(key) ?? new Y.XmlFragment();
  if (!notes.has(key)) notes.set(key, fragment);
  fragment.delete(0, fragment.length);
  fragment.insert(
    0,
    lines.map((line, i) => {
      const block = new Y.XmlElement(i === 0 ? 'heading' : 'paragraph');
      const text = new Y.XmlText();
      block.insert(0, [text]);
      text.insert(0, line, i === 1 ? { bold: true } : {});
      if (i === lines.length - 1 && mention) {
        const chip = new Y.XmlElement('mention');
        chip.setAttribute('label', mention);
        block.insert(1, [chip]);
      }
      return block;
    }),
  );
}

describe('notes in versions', () => {
  it('tells what a note key belongs to', () => {
    expect(noteOwner(sectionNoteKey('summary'))).toEqual({ section: 'summary' });
    expect(noteOwner(eventNoteKey('e1'))).toEqual({ eventId: 'e1' });
    for (const other of ['section:nope', 'event:', 'meta', '']) expect(noteOwner(other)).toBeNull();
  });

  it('reads a note as plain text, a line per block, with mentions by label', () => {
    const doc = new Y.Doc();
    writeNote(doc, sectionNoteKey('summary'), ['What we learned', 'Ads cost too much', 'See '], '618');
    expect(noteText(getNote(doc, sectionNoteKey('summary')) as Y.XmlFragment)).toBe(
      'What we learned\nAds cost too much\nSee @618',
    );
  });

  it('carries every note, with its structure, through an update of its own', () => {
    const doc = new Y.Doc();
    writeNote(doc, sectionNoteKey('goals'), ['Goals', 'Missed by 10%']);
    writeNote(doc, sectionNoteKey('summary'), ['Summary']);
    const notes = notesFromUpdate(encodeNotes(doc));
    expect([...notes.keys()].sort()).toEqual([sectionNoteKey('goals'), sectionNoteKey('summary')]);
    expect(notes.get(sectionNoteKey('goals'))?.toString()).toBe(getNote(doc, sectionNoteKey('goals'))?.toString());
    expect(() => notesFromUpdate(new Uint8Array([1, 2, 3]))).toThrow(/not a readable update/);
  });

  it('replaces the live note with the version’s as one tagged edit that undo reverts, and peers receive it', () => {
    const doc = new Y.Doc();
    const peer = new Y.Doc();
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(peer, update));
    const key = sectionNoteKey('summary');
    writeNote(doc, key, ['Before the meeting', 'Keep live streams']);
    const version = notesFromUpdate(encodeNotes(doc));
    writeNote(doc, key, ['After', 'Everything changed']);
    const undo = new Y.UndoManager(doc.getMap('notes'), { trackedOrigins: new Set([MutationOrigin]) });
    const origins = originsOf(doc, () => restoreNote(doc, key, version.get(key) as Y.XmlFragment));
    expect(origins).toEqual([new MutationOrigin('restoreNote')]);
    expect(noteText(getNote(peer, key) as Y.XmlFragment)).toBe('Before the meeting\nKeep live streams');
    // The version's own note is untouched (a copy went in).
    expect(noteText(version.get(key) as Y.XmlFragment)).toBe('Before the meeting\nKeep live streams');
    undo.undo();
    expect(noteText(getNote(doc, key) as Y.XmlFragment)).toBe('After\nEverything changed');
  });

  it('brings back a note that is gone, but an event’s note only while its event exists', () => {
    const doc = new Y.Doc();
    const lane = addLane(doc, { kind: 'campaigns', label: 'Campaigns' });
    const event = addEvent(doc, { laneId: lane, title: '618', start: '2026-06-01', end: '2026-06-18' });
    writeNote(doc, eventNoteKey(event), ['Stock ran out on day 2']);
    const version = notesFromUpdate(encodeNotes(doc));
    doc.getMap('notes').delete(sectionNoteKey('ledger'));
    restoreNote(doc, sectionNoteKey('ledger'), new Y.Doc().getXmlFragment('empty'));
    expect(readNotes(doc).has(sectionNoteKey('ledger'))).toBe(true);

    removeEvent(doc, event);
    expect(() => restoreNote(doc, eventNoteKey(event), version.get(eventNoteKey(event)) as Y.XmlFragment)).toThrow(
      /restore the event first/,
    );
    expect(() => restoreNote(doc, 'meta', new Y.Doc().getXmlFragment('empty'))).toThrow(/not a note of a board/);
  });
});
