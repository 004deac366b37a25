import { SECTIONS, type Section } from '@balanza/model';
import { useMemo, useState } from 'react';
import { useBoardId, useBoardPart, useLiveBoard } from '../../board/BoardContext.tsx';
import { commentsDrawer, useCommentsDrawerOpen } from '../../board/comments/drawerState.ts';
import { useReadState } from '../../board/comments/readState.ts';
import { ThreadView } from '../../board/comments/ThreadView.tsx';
import { useCommentText } from '../../board/comments/texts.ts';
import { sectionOf, targetLabel } from '../../board/comments/threads.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { CrossIcon } from '../../ui/icons.tsx';

type StatusFilter = 'open' | 'resolved' | 'all';

/** Every thread of the board, on the right, filterable by open/resolved and by section. */
export function CommentsDrawer() {
  const boardId = useBoardId();
  const board = useLiveBoard();
  const open = useCommentsDrawerOpen();
  const text = useCommentText();
  const { t } = useI18n();
  const identity = useIdentity();
  const read = useReadState(boardId, identity?.id);
  const [status, setStatus] = useState<StatusFilter>('open');
  const [section, setSection] = useState<Section | 'all'>('all');
  const { actions } = board;
  // The whole board only while open (thread targets are labelled from it): closed, edits wake it not.
  const snapshot = useBoardPart((data) => (open ? data : null));
  const threads = useMemo(
    () =>
      (snapshot?.comments ?? [])
        .filter((thread) => status === 'all' || thread.resolved === (status === 'resolved'))
        .filter((thread) => section === 'all' || sectionOf(thread.targetKind, thread.targetId) === section)
        .reverse(),
    [snapshot?.comments, status, section],
  );
  if (!open || !snapshot || !actions) return null;
  return (
    <aside className="comments-drawer" aria-label={text.drawerTitle} data-testid="comments-drawer">
      <header className="comments-drawer-head">
        <h2>{text.drawerTitle}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={text.close}
          onClick={() => commentsDrawer.set(false)}
          data-testid="comments-close"
        >
          <CrossIcon />
        </button>
      </header>
      <div className="comments-filters">
        <fieldset className="segmented" aria-label={text.filterStatus}>
          {(['open', 'resolved', 'all'] as const).map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={status === value}
              data-testid={`comments-filter-${value}`}
              onClick={() => setStatus(value)}
            >
              {text[value]}
            </button>
          ))}
        </fieldset>
        <select
          aria-label={text.filterSection}
          value={section}
          onChange={(event) => setSection(event.target.value as Section | 'all')}
          data-testid="comments-filter-section"
        >
          <option value="all">{text.allSections}</option>
          {SECTIONS.map((name) => (
            <option key={name} value={name}>
              {t.sections[name]}
            </option>
          ))}
        </select>
      </div>
      {threads.length === 0 ? (
        <p className="muted comments-empty">{text.noThreads}</p>
      ) : (
        <div className="comments-list">
          {threads.map((thread) => {
            const target = targetLabel(snapshot, thread.targetKind, thread.targetId);
            const where = sectionOf(thread.targetKind, thread.targetId);
            const kind = text.kinds[thread.targetKind] ?? thread.targetKind;
            return (
              <ThreadView
                key={thread.id}
                thread={thread}
                locale={snapshot.meta.locale}
                seenIds={read.seenIds(thread.id)}
                markSeen={read.markSeen}
                heading={
                  <span
                    className="comment-target"
                    data-testid="comment-target"
                    data-deleted={target.deleted || undefined}
                  >
                    {where && <span className="muted">{t.sections[where]} · </span>}
                    {target.deleted ? <em>{text.onDeleted(kind)}</em> : target.label || kind}
                  </span>
                }
              />
            );
          })}
        </div>
      )}
    </aside>
  );
}
