import type { Section } from '@balanza/model';
import { useId, useState } from 'react';
import { useAbilities, useBoardId, useBoardPart, useLiveBoard } from '../../board/BoardContext.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useIdentity } from '../../identity/identity.ts';
import { GatherIcon, LockIcon, UnlockIcon } from '../../ui/icons.tsx';
import { MoreToggle } from '../../ui/MoreToggle.tsx';
import { PhaseStepper } from './PhaseStepper.tsx';
import { SessionTimer } from './SessionTimer.tsx';
import { useFacilitationText } from './texts.ts';
import { useFollowFocus } from './useFollowFocus.ts';

interface SessionBarProps {
  section: Section;
}

/**
 * The review session under the top bar, for everyone: phase, shared timer, "bring everyone here" and
 * the board lock. Only the facilitator's controls are enabled (the server refuses anyone else's session
 * writes); the others see phase and timer read-only, and a banner while the board is locked.
 */
export function SessionBar({ section }: SessionBarProps) {
  const boardId = useBoardId();
  const board = useLiveBoard();
  const { t } = useI18n();
  const text = useFacilitationText();
  const identity = useIdentity();
  const { isFacilitator } = useAbilities();
  const session = useBoardPart((data) => data.session) ?? undefined;
  const markOwn = useFollowFocus(boardId, session, section);
  // On a narrow screen the timer (unless it runs) and the facilitator's actions fold behind "More" ([A11Y-6]).
  const [open, setOpen] = useState(false);
  const foldId = useId();
  if (!session) return null;
  const update = board.actions?.updateSession;
  const canRun = isFacilitator && Boolean(update);
  const bringEveryone = () => {
    const at = Date.now();
    markOwn(at);
    update?.({ focusSection: section, focusAt: at, focusBy: identity?.name ?? null });
  };
  return (
    <div className="session-bar-wrap">
      <section className="session-bar" aria-label={text.bar} data-testid="session-bar">
        <PhaseStepper phase={session.phase} canRun={canRun} onChange={(phase) => update?.({ phase })} />
        <MoreToggle
          open={open}
          controls={foldId}
          onToggle={() => setOpen((shown) => !shown)}
          className="session-more-toggle"
        />
        <div className="session-bar-more" id={foldId} data-open={open} data-timer-runs={session.timerEndsAt !== null}>
          <SessionTimer
            endsAt={session.timerEndsAt}
            canRun={canRun}
            onChange={(timerEndsAt) => update?.({ timerEndsAt })}
          />
          {canRun && (
            <div className="session-bar-actions">
              <button
                type="button"
                className="button button-small"
                title={text.bringEveryoneHint(t.sections[section])}
                onClick={bringEveryone}
                data-testid="bring-everyone"
              >
                <GatherIcon />
                <span>{text.bringEveryone}</span>
              </button>
              <button
                type="button"
                className="button button-small"
                aria-pressed={session.locked}
                title={text.lockHint}
                onClick={() => update?.({ locked: !session.locked })}
                data-testid="lock-board"
              >
                {session.locked ? <LockIcon /> : <UnlockIcon />}
                <span>{session.locked ? text.unlock : text.lock}</span>
              </button>
            </div>
          )}
        </div>
        {!canRun && session.locked && (
          <span className="session-locked-badge" data-testid="locked-badge">
            <LockIcon />
            <span>{text.lockedBadge}</span>
          </span>
        )}
      </section>
      {!isFacilitator && session.locked && (
        <div className="lock-banner" role="status" data-testid="lock-banner">
          <LockIcon />
          <span>{text.lockedBanner}</span>
        </div>
      )}
    </div>
  );
}
