import type { TargetKind } from '@balanza/model';
import { useMemo, useState } from 'react';
import { useIdentity } from '../../identity/identity.ts';
import { useAbilities, useActions, useBoardId, useSnapshot } from '../BoardContext.tsx';
import { useReadState } from './readState.ts';
import { ThreadView } from './ThreadView.tsx';
import { useCommentText } from './texts.ts';

interface TargetThreadsProps {
  targetKind: TargetKind;
  targetId: string;
}

/** The comment threads of one thing (a goal, an event, a measure…), under a heading, and a box to start one. */
export function TargetThreads({ targetKind, targetId }: TargetThreadsProps) {
  const identity = useIdentity();
  const actions = useActions();
  const snapshot = useSnapshot();
  const boardId = useBoardId();
  const text = useCommentText();
  const { canComment } = useAbilities();
  const read = useReadState(boardId, identity?.id);
  const [draft, setDraft] = useState('');
  const threads = useMemo(
    () => snapshot.comments.filter((thread) => thread.targetKind === targetKind && thread.targetId === targetId),
    [snapshot.comments, targetKind, targetId],
  );
  const start = () => {
    if (!identity || !draft.trim()) return;
    const id = actions.addThread({
      targetKind,
      targetId,
      text: draft,
      author: identity.name,
      authorId: identity.id,
      color: identity.color,
    });
    if (id !== undefined) setDraft('');
  };
  return (
    <div className="target-threads" data-testid="target-threads">
      <h3>{text.drawerTitle}</h3>
      {threads.map((thread) => (
        <ThreadView
          key={thread.id}
          thread={thread}
          locale={snapshot.meta.locale}
          seenIds={read.seenIds(thread.id)}
          markSeen={read.markSeen}
        />
      ))}
      {!canComment ? null : identity ? (
        <form
          className="comment-new-thread"
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <textarea
            value={draft}
            rows={2}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={text.newPlaceholder}
            aria-label={text.newComment}
            data-testid="comment-new-input"
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) start();
            }}
          />
          <button
            type="submit"
            className="button button-small button-primary"
            disabled={!draft.trim()}
            data-testid="comment-new-send"
          >
            {text.comment}
          </button>
        </form>
      ) : (
        <p className="muted">{text.needName}</p>
      )}
    </div>
  );
}
