import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { type ReactNode, useState } from 'react';
import { LinkIcon, NumberedListIcon, TaskIcon } from '../../ui/icons.tsx';
import { useRovingFocus } from '../../ui/useRovingFocus.ts';
import { LinkForm } from './LinkForm.tsx';
import { useNoteEditorText } from './texts.ts';

type Chain = ReturnType<Editor['chain']>;
type FormatName = 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList' | 'taskList';

/** The formatting buttons, in toolbar order: what each shows, is called and does. */
const FORMATS: ReadonlyArray<{ name: FormatName; testId: string; face: ReactNode; apply: (chain: Chain) => Chain }> = [
  { name: 'bold', testId: 'note-bold', face: <b>B</b>, apply: (chain) => chain.toggleBold() },
  { name: 'italic', testId: 'note-italic', face: <i>I</i>, apply: (chain) => chain.toggleItalic() },
  { name: 'heading', testId: 'note-heading', face: 'H', apply: (chain) => chain.toggleHeading({ level: 2 }) },
  { name: 'bulletList', testId: 'note-bullets', face: '•', apply: (chain) => chain.toggleBulletList() },
  {
    name: 'orderedList',
    testId: 'note-numbers',
    face: <NumberedListIcon />,
    apply: (chain) => chain.toggleOrderedList(),
  },
  { name: 'taskList', testId: 'note-tasks', face: <TaskIcon />, apply: (chain) => chain.toggleTaskList() },
];

interface ToolButtonProps {
  label: string;
  pressed?: boolean;
  onClick(): void;
  children: ReactNode;
  testId: string;
  /** The one button of the toolbar that Tab reaches (0), or one of the others (-1). */
  tabIndex: 0 | -1;
}

function ToolButton({ label, pressed, onClick, children, testId, tabIndex }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="note-tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      tabIndex={tabIndex}
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
  const roving = useRovingFocus();
  return (
    <div className="note-toolbar-wrap">
      <div
        className="note-toolbar"
        role="toolbar"
        aria-label={text.toolbar}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        {FORMATS.map((format, index) => (
          <ToolButton
            key={format.name}
            label={text[format.name]}
            pressed={active[format.name]}
            onClick={() => format.apply(chain()).run()}
            testId={format.testId}
            tabIndex={roving.tabIndex(index)}
          >
            {format.face}
          </ToolButton>
        ))}
        <ToolButton
          label={text.link}
          pressed={active.link}
          onClick={() => setLinkOpen(!linkOpen)}
          testId="note-link"
          tabIndex={roving.tabIndex(FORMATS.length)}
        >
          <LinkIcon />
        </ToolButton>
        {mentions && (
          <ToolButton
            label={text.mention}
            onClick={() => chain().insertContent('@').run()}
            testId="note-mention"
            tabIndex={roving.tabIndex(FORMATS.length + 1)}
          >
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
