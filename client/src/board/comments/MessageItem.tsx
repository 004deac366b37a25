import type { CommentMessage } from '@balanza/model';
import { memo, useState } from 'react';
import { useMember } from '../../members/memberNames.ts';
import { useBoardId } from '../BoardContext.tsx';
import { useCommentText } from './texts.ts';

interface MessageItemProps {
  message: CommentMessage;
  mine: boolean;
  unread: boolean;
  locale: string;
  onEdit(messageId: string, text: string): void;
  onDelete(messageId: string): void;
}

/** One message: author in their colour, time, text; its author can edit or delete it. */
export const MessageItem = memo(function MessageItem({
  message,
  mine,
  unread,
  locale,
  onEdit,
  onDelete,
}: MessageItemProps) {
  const text = useCommentText();
  // The name and colour the server knows for the author ([MEMBER-2]); what the message carries otherwise.
  const member = useMember(useBoardId(), message.authorId);
  const [author, color] = [member?.name ?? message.author, member?.color ?? message.color];
  const [draft, setDraft] = useState<string | null>(null);
  const time = new Date(message.time);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  return (
    <li
      className={`comment-message${unread ? ' is-unread' : ''}`}
      data-testid="comment-message"
      data-unread={unread || undefined}
    >
      <div className="comment-meta">
        <span className="comment-author" style={{ borderColor: color }}>
          <span className="comment-dot" style={{ background: color }} />
          {author}
        </span>
        <time dateTime={time.toISOString()} className="muted">
          {when}
          {message.editedAt !== null && ` · ${text.edited}`}
        </time>
        {unread && <span className="comment-new">{text.unread(1)}</span>}
      </div>
      {message.deleted ? (
        <p className="comment-text muted">{text.deleted}</p>
      ) : draft !== null ? (
        <form
          className="comment-edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim()) onEdit(message.id, draft);
            setDraft(null);
          }}
        >
          <textarea value={draft} onChange={(event) => setDraft(event.target.value)} aria-label={text.edit} rows={2} />
          <div className="comment-actions">
            <button type="submit" className="button button-small">
              {text.save}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setDraft(null)}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-text" data-testid="comment-text">
          {message.text}
        </p>
      )}
      {mine && !message.deleted && draft === null && (
        <div className="comment-actions">
          <button type="button" className="link-button" onClick={() => setDraft(message.text)}>
            {text.edit}
          </button>
          <button type="button" className="link-button" onClick={() => onDelete(message.id)}>
            {text.delete}
          </button>
        </div>
      )}
    </li>
  );
});
