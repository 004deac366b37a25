import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Identity } from '../../identity/identity.ts';
import { type NoteHandle, noteExtensions } from '../../sync/noteBinding.ts';
import { useAbilities } from '../BoardContext.tsx';
import { noteSchemaExtensions } from './extensions.ts';
import { MentionTargetsContext } from './MentionChip.tsx';
import { MentionPicker } from './MentionPicker.tsx';
import { mentionSuggestion, type PickerState } from './mentionSuggestion.ts';
import type { MentionTarget } from './mentionTargets.ts';
import { NoteToolbar } from './NoteToolbar.tsx';
import { useNoteEditorText } from './texts.ts';

interface NoteEditorProps {
  note: NoteHandle;
  user: Identity | null;
  label: string;
  /** The board's mentionable things by `kind:id` (see `mentionTargets`); without it "@" does nothing. */
  targets?: Map<string, MentionTarget>;
  /** Default: whether this user may edit the board now (role, and the facilitator's board lock). */
  editable?: boolean;
}

/**
 * A rich-text note bound live to the board: everyone types in the same note and sees each other's
 * carets in their name and colour. Key it by the note (`key={note.key}`) so switching notes rebuilds it.
 */
export function NoteEditor({ note, user, label, targets, editable: asked }: NoteEditorProps) {
  const { canEdit } = useAbilities();
  const editable = asked ?? canEdit;
  const text = useNoteEditorText();
  const targetsRef = useRef(targets);
  targetsRef.current = targets;
  const editableRef = useRef(editable);
  editableRef.current = editable;
  const [picker, setPicker] = useState<PickerState | null>(null);
  const suggestion = useMemo(() => mentionSuggestion(() => targetsRef.current?.values() ?? null, setPicker), []);
  const editor = useEditor(
    {
      editable,
      extensions: [...noteSchemaExtensions(suggestion), ...noteExtensions(note, user)],
      editorProps: {
        // A function, so aria-readonly follows setEditable (ProseMirror re-reads it on each update).
        attributes: () => ({
          class: 'note-editor-content',
          // A contenteditable div has no role of its own, and a label needs one.
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': String(!editableRef.current),
          'aria-label': label,
          'data-testid': 'note-editor',
          // Shown by CSS while the note is empty (see notes.css); not part of the shared document.
          'data-placeholder': text.placeholder,
        }),
      },
    },
    [note, user?.id, user?.name, user?.color],
  );
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return (
    <MentionTargetsContext.Provider value={targets ?? null}>
      <div className="note-editor-frame" data-editable={editable ? 'true' : 'false'}>
        {editable && editor && <NoteToolbar editor={editor} mentions={Boolean(targets)} />}
        <EditorContent editor={editor} className="note-editor" />
        {picker && editable && <MentionPicker state={picker} />}
      </div>
    </MentionTargetsContext.Provider>
  );
}
