import * as Y from 'yjs';
import { z } from 'zod';
import { ROOT } from './keys.ts';

/** One run of a note's text with its marks (bold, link…), as Yjs' `XmlText.toDelta()` gives it. */
export interface NoteDataRun {
  insert: string | Record<string, unknown>;
  attributes?: Record<string, unknown>;
}

/**
 * A note's rich text as plain JSON: a text node (its runs) or an element (paragraph, heading, mention…)
 * with its attributes and children. What a board export carries for its notes, readable and re-importable.
 */
export type NoteDataNode =
  | { text: NoteDataRun[] }
  | { element: string; attrs?: Record<string, unknown>; children: NoteDataNode[] };

const attributes = z.record(z.string().max(100), z.unknown());
const textRun = z
  .object({ insert: z.union([z.string(), z.record(z.string(), z.unknown())]), attributes: attributes.optional() })
  .strict();

/** Validates a note tree (element names are tag-like words: nothing a renderer could take for markup). */
export const noteDataSchema: z.ZodType<NoteDataNode> = z.lazy(() =>
  z.union([
    z.object({ text: z.array(textRun) }).strict(),
    z
      .object({
        element: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'expected an element name such as "paragraph"'),
        attrs: attributes.optional(),
        children: z.array(noteDataSchema),
      })
      .strict(),
  ]),
);

type XmlChild = Y.XmlElement | Y.XmlText;

function nodeToData(node: XmlChild): NoteDataNode {
  if (node instanceof Y.XmlText) return { text: node.toDelta() as NoteDataRun[] };
  const attrs = node.getAttributes() as Record<string, unknown>;
  const children = node.toArray().map((child) => nodeToData(child as XmlChild));
  return Object.keys(attrs).length > 0
    ? { element: node.nodeName, attrs, children }
    : { element: node.nodeName, children };
}

/** A rich-text note as JSON nodes (see `NoteDataNode`). */
export const noteToData = (fragment: Y.XmlFragment): NoteDataNode[] =>
  fragment.toArray().map((node) => nodeToData(node as XmlChild));

/** Every note of a document as JSON, by key (`section:goals`, `event:<id>`), keys sorted. */
export function readNoteData(doc: Y.Doc): Record<string, NoteDataNode[]> {
  const out: Record<string, NoteDataNode[]> = {};
  const notes = doc.getMap(ROOT.notes);
  for (const key of [...notes.keys()].sort()) {
    const note = notes.get(key);
    if (note instanceof Y.XmlFragment) out[key] = noteToData(note);
  }
  return out;
}

/** New Yjs nodes for JSON nodes, to insert into a fragment (they join the document when inserted). */
export function noteFromData(nodes: readonly NoteDataNode[]): XmlChild[] {
  return nodes.map((node) => {
    if ('text' in node) {
      const text = new Y.XmlText();
      text.applyDelta(node.text);
      return text;
    }
    const element = new Y.XmlElement(node.element);
    for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value as string);
    element.insert(0, noteFromData(node.children));
    return element;
  });
}

/** Block-level node names: each starts a new line in the plain text of a note. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'taskItem', 'blockquote', 'codeBlock']);

/** A note tree as plain text, one line per block; mentions read as `@label`. */
export function noteDataText(nodes: readonly NoteDataNode[]): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: NoteDataNode) => {
    if ('text' in node) {
      for (const run of node.text) if (typeof run.insert === 'string') line += run.insert;
      return;
    }
    if (node.element === 'mention') line += `@${String(node.attrs?.label ?? '')}`;
    for (const child of node.children) walk(child);
    if (BLOCKS.has(node.element) && line.trim() !== '') {
      lines.push(line.trim());
      line = '';
    }
  };
  for (const node of nodes) walk(node);
  if (line.trim() !== '') lines.push(line.trim());
  return lines.join('\n');
}
