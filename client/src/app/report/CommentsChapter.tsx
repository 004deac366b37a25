import type { BoardSnapshot, CommentThread } from '@balanza/model';
import { MessageItem } from '../../board/comments/MessageItem.tsx';
import { useCommentText } from '../../board/comments/texts.ts';
import { sectionOf, targetLabel } from '../../board/comments/threads.ts';
import { useI18n } from '../../i18n/index.tsx';
import { EmptyNote, ReportChapter } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

const nothing = () => {};

/** Every comment thread, open ones first, each with what it is about and all its messages; nothing to reply with. */
export function CommentsChapter({ snapshot }: { snapshot: BoardSnapshot }) {
  const text = useReportText();
  const open = snapshot.comments.filter((thread) => !thread.resolved);
  const resolved = snapshot.comments.filter((thread) => thread.resolved);
  return (
    <ReportChapter chapter="comments" title={text.chapters.comments}>
      {snapshot.comments.length === 0 && <EmptyNote>{text.empty.comments}</EmptyNote>}
      {[
        { threads: open, title: text.openThreads(open.length), state: 'open' },
        { threads: resolved, title: text.resolvedThreads(resolved.length), state: 'resolved' },
      ]
        .filter((group) => group.threads.length > 0)
        .map((group) => (
          <div key={group.state} className="report-part" data-testid={`report-threads-${group.state}`}>
            <h3>{group.title}</h3>
            {group.threads.map((thread) => (
              <ThreadText key={thread.id} thread={thread} snapshot={snapshot} />
            ))}
          </div>
        ))}
    </ReportChapter>
  );
}

function ThreadText({ thread, snapshot }: { thread: CommentThread; snapshot: BoardSnapshot }) {
  const text = useReportText();
  const commentText = useCommentText();
  const { t } = useI18n();
  const target = targetLabel(snapshot, thread.targetKind, thread.targetId);
  const where = sectionOf(thread.targetKind, thread.targetId);
  const kind = commentText.kinds[thread.targetKind] ?? thread.targetKind;
  const about =
    thread.targetKind === 'section'
      ? where
        ? t.sections[where]
        : kind
      : target.deleted
        ? commentText.onDeleted(kind)
        : `${where ? `${t.sections[where]} · ` : ''}${target.label || kind}`;
  return (
    <article className="report-thread" data-testid="report-thread" data-resolved={thread.resolved}>
      <h4>
        {text.on(about)}
        {thread.resolved && <span className="comment-resolved-badge"> ✓ {commentText.resolvedBadge}</span>}
      </h4>
      <ul className="comment-messages">
        {thread.messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            mine={false}
            unread={false}
            locale={snapshot.meta.locale}
            onEdit={nothing}
            onDelete={nothing}
          />
        ))}
      </ul>
    </article>
  );
}
