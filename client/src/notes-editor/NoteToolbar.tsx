import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type ReactNode, useState } from 'react';
import { LinkForm } from './LinkForm.tsx';
import { useNoteEditorText } from './texts.ts';

const LinkIcon = () => (
  <svg
    width="14"
    height="14"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    aria-hidden="true"
  >
    <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" strokeLinecap="round" />
  </svg>
);
const TaskIcon = () => (
  <svg
    width="14"
    height="14"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    aria-hidden="true"
  >
    <rect x="2.5" y="2.5" width="11" height="11" rx="2" />
    <path d="M5 8l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

interface ToolButtonProps {
  label: string;
  pressed?: boolean;
  onClick(): void;
  children: ReactNode;
  testId: string;
}

function ToolButton({ label, pressed, onClick, children, testId }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="note-tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      // Keep the editor's selection: the command acts on what the user had selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

/** Formatting for a note: bold, italic, heading, lists, task list, link and mention. */
export function NoteToolbar({ editor, mentions }: { editor: Editor; mentions: boolean }) {
  const text = useNoteEditorText();
  const [linkOpen, setLinkOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      taskList: current.isActive('taskList'),
      link: current.isActive('link'),
      href: (current.getAttributes('link').href as string | undefined) ?? '',
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="note-toolbar-wrap">
      <div className="note-toolbar" role="toolbar" aria-label={text.toolbar}>
        <ToolButton
          label={text.bold}
          pressed={active.bold}
          onClick={() => chain().toggleBold().run()}
          testId="note-bold"
        >
          <b>B</b>
        </ToolButton>
        <ToolButton
          label={text.italic}
          pressed={active.italic}
          onClick={() => chain().toggleItalic().run()}
          testId="note-italic"
        >
          <i>I</i>
        </ToolButton>
        <ToolButton
          label={text.heading}
          pressed={active.heading}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
          testId="note-heading"
        >
          H
        </ToolButton>
        <ToolButton
          label={text.bulletList}
          pressed={active.bulletList}
          onClick={() => chain().toggleBulletList().run()}
          testId="note-bullets"
        >
          •
        </ToolButton>
        <ToolButton
          label={text.orderedList}
          pressed={active.orderedList}
          onClick={() => chain().toggleOrderedList().run()}
          testId="note-numbers"
        >
          1.
        </ToolButton>
        <ToolButton
          label={text.taskList}
          pressed={active.taskList}
          onClick={() => chain().toggleTaskList().run()}
          testId="note-tasks"
        >
          <TaskIcon />
        </ToolButton>
        <ToolButton label={text.link} pressed={active.link} onClick={() => setLinkOpen(!linkOpen)} testId="note-link">
          <LinkIcon />
        </ToolButton>
        {mentions && (
          <ToolButton label={text.mention} onClick={() => chain().insertContent('@').run()} testId="note-mention">
            @
          </ToolButton>
        )}
      </div>
      {linkOpen && (
        <LinkForm
          initial={active.href}
          onApply={(href) => {
            chain().extendMarkRange('link').setLink({ href }).run();
            setLinkOpen(false);
          }}
          onRemove={() => {
            chain().extendMarkRange('link').unsetLink().run();
            setLinkOpen(false);
          }}
          onClose={() => {
            setLinkOpen(false);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
