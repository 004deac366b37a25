import { MEASURE_COLUMNS, type MeasureColumn, type SessionState } from '@balanza/model';
import { useState } from 'react';
import { useActions } from '../../board/BoardContext.tsx';
import { useMeasureText } from '../../board/measures/texts.ts';
import { LockIcon } from '../../ui/icons.tsx';
import { useToast } from '../../ui/Toast.tsx';

interface ToolbarProps {
  session: SessionState;
  /** Private cards not revealed yet, as the server counts them (the facilitator cannot read them either). */
  waiting: number;
  /** The reveal ([MEMBER-5]): what it did, or a rejection saying why not. */
  reveal(): Promise<{ revealed: number; shown: number }>;
}

/** The facilitator's controls of the measures board: private writing, reveal, column locks, vote limit. */
export function MeasuresToolbar({ session, waiting, reveal }: ToolbarProps) {
  const actions = useActions();
  const text = useMeasureText();
  const toast = useToast();
  const [revealing, setRevealing] = useState(false);
  const onReveal = () => {
    setRevealing(true);
    reveal().then(
      ({ revealed, shown }) => toast({ message: text.revealed(revealed + shown) }),
      (error: unknown) =>
        toast({ tone: 'error', message: text.revealFailed(error instanceof Error ? error.message : String(error)) }),
    );
    // The count the server answers after the reveal enables the button again.
    setTimeout(() => setRevealing(false), 500);
  };
  const toggleLock = (column: MeasureColumn, on: boolean) =>
    actions.updateSession({
      lockedColumns: on
        ? [...new Set([...session.lockedColumns, column])]
        : session.lockedColumns.filter((locked) => locked !== column),
    });
  return (
    <fieldset className="ms-toolbar" data-testid="measures-toolbar">
      <legend>{text.toolbar}</legend>
      <label className="ms-toggle" title={text.privateWritingHint}>
        <input
          type="checkbox"
          checked={session.privateWriting}
          onChange={(event) => actions.updateSession({ privateWriting: event.target.checked })}
          data-testid="measures-private-writing"
        />
        {text.privateWriting}
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={waiting === 0 || revealing}
        onClick={onReveal}
        data-testid="measures-reveal"
      >
        {text.reveal(waiting)}
      </button>
      {MEASURE_COLUMNS.map((column) => (
        <label className="ms-toggle" key={column}>
          <input
            type="checkbox"
            checked={session.lockedColumns.includes(column)}
            onChange={(event) => toggleLock(column, event.target.checked)}
            data-testid={`measures-lock-${column}`}
          />
          <LockIcon />
          {text.lockColumn(text.column[column])}
        </label>
      ))}
      <label className="ms-toggle">
        {text.voteLimit}
        <input
          type="number"
          min={0}
          max={99}
          className="ms-vote-limit"
          value={session.measureVoteLimit}
          onChange={(event) => {
            const limit = Number(event.target.value);
            if (Number.isInteger(limit) && limit >= 0 && limit <= 99)
              actions.updateSession({ measureVoteLimit: limit });
          }}
          data-testid="measures-vote-limit"
        />
      </label>
    </fieldset>
  );
}
