import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { createContext, useContext } from 'react';
import { type MentionTarget, parseMentionId } from './mentionTargets.ts';
import { useNoteEditorText } from './texts.ts';

/**
 * The board's mentionable things as they are now, by `kind:id`; null where the editor has no board
 * at hand (then a chip shows the name it was written with).
 */
export const MentionTargetsContext = createContext<Map<string, MentionTarget> | null>(null);

/**
 * What a mention's chip shows, from the mention's stored attributes (`id`, `label`) and the board's
 * current targets: the kind, the CURRENT name, and whether its target was deleted. For the editor's chip
 * and for notes shown read-only (the report).
 */
export function useMentionView(attrs: Record<string, unknown>) {
  const text = useNoteEditorText();
  const targets = useContext(MentionTargetsContext);
  const ref = parseMentionId(attrs.id);
  const written = typeof attrs.label === 'string' ? attrs.label : '';
  const current = ref && targets ? targets.get(attrs.id as string) : undefined;
  const deleted = Boolean(targets) && !current;
  const name = (current ? current.label : written) || text.untitled;
  const kind = ref ? text.kind[ref.kind] : '?';
  return {
    attributes: {
      className: 'mention-chip',
      'data-testid': 'mention-chip',
      'data-kind': ref?.kind ?? 'unknown',
      'data-deleted': deleted ? 'true' : undefined,
      title: text.chipLabel(kind, name, deleted),
    },
    content: (
      <>
        <span className="mention-chip-kind">{kind}</span>
        <span className="mention-chip-name">{name}</span>
        {deleted && <span className="mention-chip-deleted">({text.deleted})</span>}
      </>
    ),
  };
}

/**
 * A mention in a note, drawn as a chip with the CURRENT name of its goal, event or measure: renaming
 * the target renames every chip live, and a deleted target is marked deleted (in words, not colour only).
 */
export function MentionChip({ node }: ReactNodeViewProps) {
  const view = useMentionView(node.attrs);
  return (
    <NodeViewWrapper as="span" {...view.attributes}>
      {view.content}
    </NodeViewWrapper>
  );
}
