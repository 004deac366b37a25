import type { MentionNodeAttrs } from '@tiptap/extension-mention';
import type { SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import { findTargets, type MentionTarget, mentionId } from './mentionTargets.ts';

/** What the "@" picker shows: the matching targets, the highlighted one, and where the caret is. */
export interface PickerState {
  items: MentionTarget[];
  selected: number;
  rect: DOMRect | null;
  choose(target: MentionTarget): void;
}

type Props = SuggestionProps<MentionTarget, MentionNodeAttrs>;

/**
 * The "@" suggestion of the mention extension, bridged to React: Tiptap calls these hooks as the user
 * types, and `publish` hands the picker's state to the editor component (null closes it). `getTargets`
 * is read on every keystroke, so renamed or new targets show up without rebuilding the editor.
 */
export function mentionSuggestion(
  getTargets: () => Iterable<MentionTarget> | null,
  publish: (state: PickerState | null) => void,
): Omit<SuggestionOptions<MentionTarget, MentionNodeAttrs>, 'editor'> {
  return {
    char: '@',
    // Only with a board at hand, and only where a mention may stand (not in a code block).
    allow: ({ state, range }) => {
      const mention = state.schema.nodes.mention;
      if (getTargets() === null || !mention) return false;
      return Boolean(state.doc.resolve(range.from).parent.type.contentMatch.matchType(mention));
    },
    items: ({ query }) => findTargets(getTargets() ?? [], query),
    render: () => {
      let state: PickerState | null = null;
      const show = (props: Props, selected: number) => {
        state = {
          items: props.items,
          selected: Math.max(0, Math.min(selected, props.items.length - 1)),
          rect: props.clientRect?.() ?? null,
          choose: (target) => props.command({ id: mentionId(target), label: target.label }),
        };
        publish(state);
      };
      const move = (step: number) => {
        if (!state || state.items.length === 0) return;
        state = { ...state, selected: (state.selected + step + state.items.length) % state.items.length };
        publish(state);
      };
      return {
        onStart: (props) => show(props, 0),
        onUpdate: (props) => show(props, 0),
        onKeyDown: ({ event }) => {
          if (!state) return false;
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            move(event.key === 'ArrowDown' ? 1 : -1);
            return true;
          }
          if (event.key === 'Enter' || event.key === 'Tab') {
            const target = state.items[state.selected];
            if (!target) return false;
            state.choose(target);
            return true;
          }
          if (event.key === 'Escape') {
            state = null;
            publish(null);
            return true;
          }
          return false;
        },
        onExit: () => {
          state = null;
          publish(null);
        },
      };
    },
  };
}
