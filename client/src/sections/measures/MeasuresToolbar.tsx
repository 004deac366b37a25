import { MEASURE_COLUMNS, type MeasureColumn, type SessionState } from '@balanza/model';
import { useActions } from '../../board/BoardContext.tsx';
import { useMeasureText } from '../../board/measures/texts.ts';
import { LockIcon } from '../../ui/icons.tsx';

interface ToolbarProps {
  session: SessionState;
  /** Private cards of others not revealed yet (the facilitator cannot read them either). */
  hiddenCount: number;
}

/** The facilitator's controls of the measures board: private writing, reveal, column locks, vote limit. */
export function MeasuresToolbar({ session, hiddenCount }: ToolbarProps) {
  const actions = useActions();
  const text = useMeasureText();
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
        disabled={hiddenCount === 0}
        onClick={() => actions.revealMeasures()}
        data-testid="measures-reveal"
      >
        {text.reveal(hiddenCount)}
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
