import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import type { Identity } from '../identity/identity.ts';
import { type NoteHandle, noteExtensions } from '../sync/noteBinding.ts';

interface NoteEditorProps {
  note: NoteHandle;
  user: Identity | null;
  label: string;
}

/**
 * A rich-text note bound live to the board: everyone types in the same note and sees each other's
 * carets in their name and colour. Key it by the note (`key={note.key}`) so switching notes rebuilds it.
 */
export function NoteEditor({ note, user, label }: NoteEditorProps) {
  const editor = useEditor(
    {
      // Yjs brings its own undo: StarterKit's must be off, or the two fight over the same keystrokes.
      extensions: [StarterKit.configure({ undoRedo: false }), ...noteExtensions(note, user)],
      editorProps: { attributes: { class: 'note-editor-content', 'aria-label': label, 'data-testid': 'note-editor' } },
    },
    [note, user?.id, user?.name, user?.color],
  );
  return <EditorContent editor={editor} className="note-editor" />;
}
