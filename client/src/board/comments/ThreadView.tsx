import type { CommentThread } from '@balanza/model';
import { useEffect, useRef, useState } from 'react';
import { useIdentity } from '../../identity/identity.ts';
import { useAnnouncerTexts } from '../announcer/texts.ts';
import { useOthersChanges } from '../announcer/useOthersChanges.ts';
import { useAbilities, useActions } from '../BoardContext.tsx';
import { MessageItem } from './MessageItem.tsx';
import { useCommentText } from './texts.ts';

interface ThreadViewProps {
  thread: CommentThread;
  locale: string;
  /** Ids of messages this user has seen; the rest written by others are marked new. */
  seenIds: readonly string[];
  markSeen(thread: CommentThread): void;
  heading?: React.ReactNode;
}

/** A thread: its messages, a reply box, resolve / reopen. Showing a thread marks it seen (after a moment). */
export function ThreadView({ thread, locale, seenIds, markSeen, heading }: ThreadViewProps) {
  const identity = useIdentity();
  const actions = useActions();
  const text = useCommentText();
  const { canComment } = useAbilities();
  const [reply, setReply] = useState('');
  // Mark seen a little after it shows, so a new message is visibly "new" before it turns read.
  useEffect(() => {
    const timer = setTimeout(() => markSeen(thread), 1500);
    return () => clearTimeout(timer);
  }, [thread, markSeen]);

  // Others resolving, reopening or answering this thread are announced while focus is in it ([A11Y-13]).
  const element = useRef<HTMLElement>(null);
  const announcerText = useAnnouncerTexts();
  const first = thread.messages[0];
  useOthersChanges(
    { collection: 'comments', id: thread.id },
    () => element.current?.contains(document.activeElement) ?? false,
    {
      name: announcerText.thread(first?.author ?? '', (first?.text ?? '').slice(0, 80)),
      facts: {
        resolved: thread.resolved ? text.resolvedBadge : announcerText.threadOpen,
        messages: announcerText.messages(thread.messages.length),
      },
    },
  );

  const who = identity ? { author: identity.name, authorId: identity.id, color: identity.color } : null;
  const send = () => {
    if (!who || !reply.trim()) return;
    if (actions.addReply(thread.id, { ...who, text: reply }) !== undefined) setReply('');
  };
  return (
    <article
      ref={element}
      className={`comment-thread${thread.resolved ? ' is-resolved' : ''}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-resolved={thread.resolved}
    >
      <header className="comment-thread-head">
        {heading}
        {thread.resolved && <span className="comment-resolved-badge">✓ {text.resolvedBadge}</span>}
        {canComment && (
          <button
            type="button"
            className="button button-small"
            data-testid={thread.resolved ? 'thread-reopen' : 'thread-resolve'}
            onClick={() => actions.setThreadResolved(thread.id, !thread.resolved)}
          >
            {thread.resolved ? text.reopen : text.resolve}
          </button>
        )}
      </header>
      <ul className="comment-messages">
        {thread.messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            mine={message.authorId === identity?.id}
            unread={message.authorId !== identity?.id && !message.deleted && !seenIds.includes(message.id)}
            locale={locale}
            onEdit={(id, value) => identity && actions.editMessage(thread.id, id, identity.id, value)}
            onDelete={(id) => identity && actions.deleteMessage(thread.id, id, identity.id)}
          />
        ))}
      </ul>
      {who && canComment && (
        <form
          className="comment-reply"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <input
            value={reply}
            onChange={(event) => setReply(event.target.value)}
            placeholder={text.replyPlaceholder}
            aria-label={text.reply}
            data-testid="comment-reply-input"
          />
          <button
            type="submit"
            className="button button-small"
            disabled={!reply.trim()}
            data-testid="comment-reply-send"
          >
            {text.reply}
          </button>
        </form>
      )}
    </article>
  );
}
