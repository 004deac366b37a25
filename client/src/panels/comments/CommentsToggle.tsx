import type { CommentThread } from '@balanza/model';
import { useBoardId } from '../../board/BoardContext.tsx';
import { CommentIcon } from '../../board/comments/CommentIcon.tsx';
import { commentsDrawer, useCommentsDrawerOpen } from '../../board/comments/drawerState.ts';
import { useReadState } from '../../board/comments/readState.ts';
import { useCommentText } from '../../board/comments/texts.ts';
import { useIdentity } from '../../identity/identity.ts';

/** The top bar's button for the comments drawer: open threads, and a dot when something is new. */
export function CommentsToggle({ threads }: { threads: CommentThread[] }) {
  const boardId = useBoardId();
  const text = useCommentText();
  const open = useCommentsDrawerOpen();
  const identity = useIdentity();
  const read = useReadState(boardId, identity?.id);
  const openCount = threads.filter((thread) => !thread.resolved).length;
  const unread = threads.reduce((sum, thread) => sum + read.unread(thread), 0);
  return (
    <button
      type="button"
      className={`button button-small comments-toggle${open ? ' is-open' : ''}`}
      aria-pressed={open}
      data-testid="comments-toggle"
      data-unread={unread}
      onClick={() => commentsDrawer.set(!open)}
    >
      <CommentIcon />
      {/* The name is the hidden sentence, not an aria-label that would not contain the visible count. */}
      <span aria-hidden="true">{openCount}</span>
      <span className="visually-hidden">{text.toggle(openCount)}</span>
      {unread > 0 && <span className="comments-unread-dot" title={text.unread(unread)} />}
    </button>
  );
}
