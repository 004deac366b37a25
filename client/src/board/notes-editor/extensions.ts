import type { AnyExtension } from '@tiptap/core';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Mention from '@tiptap/extension-mention';
import { ReactNodeViewRenderer } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { MentionChip } from './MentionChip.tsx';
import type { mentionSuggestion } from './mentionSuggestion.ts';
import { safeHref } from './safeLink.ts';

/** A mention node drawn by React, so its chip follows the target's current name. */
const LiveMention = Mention.extend({
  addNodeView() {
    return ReactNodeViewRenderer(MentionChip, { as: 'span' });
  },
});

/**
 * The note schema: headings, lists, task lists, bold/italic, links (http, https and mailto only) and
 * mentions. Anything a paste brings that this schema does not know (scripts, event-handler attributes,
 * images, styles) is dropped by the parser; a link with another scheme loses its link and keeps its text.
 */
export function noteSchemaExtensions(suggestion: ReturnType<typeof mentionSuggestion>): AnyExtension[] {
  return [
    StarterKit.configure({
      // Yjs brings its own undo: StarterKit's must be off, or the two fight over the same keystrokes.
      undoRedo: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => safeHref(url) !== null,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    LiveMention.configure({ suggestion, HTMLAttributes: { class: 'mention' } }),
  ];
}
