import type { KeyboardEvent } from 'react';
import { useAbilities } from '../BoardContext.tsx';
import { cellAttributes, type Move, useGrid } from './gridNavigation.ts';

interface SelectCellProps<V extends string> {
  row: number;
  col: number;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  label: string;
  flag?: string | undefined;
}

/**
 * A choice cell. A choice is stored at once (nothing to type). Arrow keys move between cells like
 * the other cells; Space or Alt+↓ opens the list.
 */
export function SelectCell<V extends string>({ row, col, value, options, onChange, label, flag }: SelectCellProps<V>) {
  const grid = useGrid();
  const { canEdit } = useAbilities();
  const go = (event: KeyboardEvent, move: Move) => {
    if (grid.move(row, col, move) || (move !== 'next' && move !== 'prev')) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.altKey) return;
    const moves: Record<string, Move> = {
      ArrowUp: 'up',
      ArrowDown: 'down',
      ArrowLeft: 'left',
      ArrowRight: 'right',
      Enter: event.shiftKey ? 'up' : 'down',
      Tab: event.shiftKey ? 'prev' : 'next',
    };
    const move = moves[event.key];
    if (move) go(event, move);
  };
  return (
    <div className={`cell${flag ? ' cell-flagged' : ''}`} title={flag}>
      <select
        {...cellAttributes(row, col)}
        className="cell-select"
        value={value}
        aria-label={label}
        aria-invalid={flag ? true : undefined}
        disabled={!canEdit}
        onChange={(event) => onChange(event.target.value as V)}
        onKeyDown={onKeyDown}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
