import type { NoteDataNode, NoteDataRun } from '@balanza/model';
import type { ReactNode } from 'react';
import { useMentionView } from '../../board/notes-editor/MentionChip.tsx';
import { safeHref } from '../../board/notes-editor/safeLink.ts';
import { useReportText } from './texts.ts';

/**
 * A rich-text note shown read-only, without an editor: the note's blocks (headings, lists, task lists,
 * quotes, code), its marks (bold, italic, links with a safe address only) and mentions under their
 * current name. Headings start at `level` so they sit under the chapter's own headings. A node type
 * it does not know shows its children.
 */
export function NoteView({ nodes, level = 4 }: { nodes: readonly NoteDataNode[]; level?: number }) {
  return <div className="report-note">{nodes.map((node, index) => renderNode(node, index, level))}</div>;
}

function renderNode(node: NoteDataNode, key: number, level: number): ReactNode {
  if ('text' in node) return node.text.map((run, index) => <Run key={`${key}.${index}`} run={run} />);
  const children = node.children.map((child, index) => renderNode(child, index, level));
  const attrs = node.attrs ?? {};
  switch (node.element) {
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const Heading = Number(attrs.level) === 3 ? (`h${Math.min(level + 1, 6)}` as 'h5') : (`h${level}` as 'h4');
      return <Heading key={key}>{children}</Heading>;
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={typeof attrs.start === 'number' ? attrs.start : undefined}>
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'taskList':
      return (
        <ul key={key} className="report-tasks">
          {children}
        </ul>
      );
    case 'taskItem':
      return (
        <TaskItem key={key} done={attrs.checked === true || attrs.checked === 'true'}>
          {children}
        </TaskItem>
      );
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'hardBreak':
      return <br key={key} />;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'mention':
      return <Mention key={key} attrs={attrs} />;
    default:
      return <span key={key}>{children}</span>;
  }
}

function TaskItem({ done, children }: { done: boolean; children: ReactNode }) {
  const text = useReportText();
  return (
    <li data-done={done}>
      <span className="report-task-mark" aria-hidden="true">
        {done ? '☑' : '☐'}
      </span>
      <span className="visually-hidden">{done ? text.taskDone : text.taskOpen}</span>
      <div>{children}</div>
    </li>
  );
}

function Mention({ attrs }: { attrs: Record<string, unknown> }) {
  const view = useMentionView(attrs);
  return <span {...view.attributes}>{view.content}</span>;
}

/** The name of a mark stored as a text attribute (a mark overlapping itself is keyed `name--hash`). */
const markName = (key: string) => key.split('--')[0] ?? key;

function Run({ run }: { run: NoteDataRun }) {
  if (typeof run.insert !== 'string') return null;
  const marks = new Map(Object.entries(run.attributes ?? {}).map(([key, value]) => [markName(key), value]));
  let content: ReactNode = run.insert;
  if (marks.has('code')) content = <code>{content}</code>;
  if (marks.has('strike')) content = <s>{content}</s>;
  if (marks.has('underline')) content = <u>{content}</u>;
  if (marks.has('italic')) content = <em>{content}</em>;
  if (marks.has('bold')) content = <strong>{content}</strong>;
  const link = marks.get('link') as { href?: unknown } | undefined;
  const href = typeof link?.href === 'string' ? safeHref(link.href) : null;
  if (href)
    content = (
      <a href={href} rel="noopener noreferrer nofollow" target="_blank">
        {content}
      </a>
    );
  return <>{content}</>;
}
