import type { BoardMeta } from '@balanza/model';
import { useState } from 'react';
import { startNextYear } from '../../api/boards.ts';
import { useAbilities, useBoardId } from '../../board/BoardContext.tsx';
import { Link } from '../../router/Link.tsx';
import { boardPath, navigate } from '../../router/router.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useNextYearText } from './texts.ts';

/**
 * The links between a year's boards, in the board's header: back to the review this plan came from,
 * on to the plan made from this review, or — for the facilitator of a review with none yet — the way to
 * start next year ([PLAN-16]).
 */
export function YearLinks({ meta }: { meta: BoardMeta }) {
  const text = useNextYearText();
  const { isFacilitator } = useAbilities();
  const [starting, setStarting] = useState(false);
  return (
    <span className="year-links">
      {meta.previousBoardId && (
        <Link
          href={boardPath(meta.previousBoardId)}
          className="year-link"
          data-testid="year-previous"
          title={text.previousTitle(meta.reviewedYear - 1)}
        >
          ← {text.previous(meta.reviewedYear - 1)}
        </Link>
      )}
      {meta.nextBoardId ? (
        <Link
          href={boardPath(meta.nextBoardId, 'plan')}
          className="year-link"
          data-testid="year-next"
          title={text.nextTitle(meta.planYear)}
        >
          {text.next(meta.planYear)} →
        </Link>
      ) : (
        isFacilitator && (
          <button type="button" className="button" data-testid="next-year-open" onClick={() => setStarting(true)}>
            {text.start(meta.planYear)}
          </button>
        )
      )}
      {starting && <StartNextYearDialog year={meta.planYear} onClose={() => setStarting(false)} />}
    </span>
  );
}

/** Says what the new board carries and what it leaves, then makes it and opens it. */
function StartNextYearDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const boardId = useBoardId();
  const text = useNextYearText();
  const [state, setState] = useState<
    { kind: 'idle' | 'working' } | { kind: 'failed'; message: string } | { kind: 'made-before'; id: string }
  >({ kind: 'idle' });

  const start = async () => {
    setState({ kind: 'working' });
    try {
      const made = await startNextYear(boardId);
      // Made by someone else meanwhile (the link had not reached this page yet): offer it, never a second one.
      if (made.created) navigate(boardPath(made.id, 'plan'));
      else setState({ kind: 'made-before', id: made.id });
    } catch (error) {
      setState({ kind: 'failed', message: text.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <ModalDialog aria-labelledby="next-year-title" data-testid="next-year-dialog" onCancel={onClose}>
      <div className="dialog-body">
        <h2 id="next-year-title">{text.dialogTitle(year)}</h2>
        <p>{text.dialogIntro(year)}</p>
        <ul>
          {text.carried.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="muted">{text.notCarried}</p>
        {state.kind === 'failed' && (
          <p role="alert" className="field-error" data-testid="next-year-note">
            {state.message}
          </p>
        )}
        {state.kind === 'made-before' && (
          <p role="status" data-testid="next-year-note">
            {text.alreadyMade(year)}{' '}
            <Link href={boardPath(state.id, 'plan')} data-testid="next-year-open-made">
              {text.openMade}
            </Link>
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {text.cancel}
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="next-year-confirm"
            disabled={state.kind === 'working' || state.kind === 'made-before'}
            onClick={start}
          >
            {state.kind === 'working' ? text.working : text.confirm}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
