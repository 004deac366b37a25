import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Identity } from '../identity/identity.ts';

/**
 * An opaque handle on one rich-text note: components pass it to `noteExtensions` and never see the
 * Y.XmlFragment or the awareness behind it (components do not import yjs).
 */
export interface NoteHandle {
  readonly key: string;
  readonly __note: unique symbol;
}

interface NoteBinding {
  key: string;
  fragment: Y.XmlFragment;
  awareness: Awareness;
}

export const noteHandle = (binding: NoteBinding): NoteHandle => binding as unknown as NoteHandle;

/**
 * The Tiptap extensions that bind an editor to a note: Collaboration on the note's fragment (Yjs
 * brings its own undo, so turn StarterKit's `undoRedo` off) and carets in the user's name and colour.
 */
export function noteExtensions(handle: NoteHandle, user: Identity | null): AnyExtension[] {
  const { fragment, awareness } = handle as unknown as NoteBinding;
  const extensions: AnyExtension[] = [Collaboration.configure({ fragment })];
  // The caret extension writes `user` into awareness: give it the whole identity so presence keeps its id.
  if (user) extensions.push(CollaborationCaret.configure({ provider: { awareness }, user: { ...user } }));
  return extensions;
}
