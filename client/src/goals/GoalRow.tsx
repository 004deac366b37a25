import { goalFigures } from '@balanza/metrics';
import { DIRECTIONS, type Direction, type Goal, UNITS, type Unit } from '@balanza/model';
import { useSortable } from '@dnd-kit/sortable';
import { useI18n } from '../i18n/index.tsx';
import type { NumberFormats } from '../i18n/numbers.ts';
import { parseNumber } from '../i18n/parseNumber.ts';
import type { BoardActions } from '../sync/actions.ts';
import { GripIcon, TrashIcon, WarningIcon } from '../ui/icons.tsx';
import { EditableCell } from './EditableCell.tsx';
import { AttainmentCell, DeviationCell, StatusCell } from './FigureCells.tsx';
import { SelectCell } from './SelectCell.tsx';

/** Editable columns in grid order; the figure columns are read-only and not part of the grid. */
export const GRID_COLUMNS = ['label', 'unit', 'direction', 'target', 'actual'] as const;
const col = (name: (typeof GRID_COLUMNS)[number]) => GRID_COLUMNS.indexOf(name);
const SHOWN_FIELDS = new Set<string>(GRID_COLUMNS);

interface GoalRowProps {
  goal: Goal;
  row: number;
  numbers: NumberFormats;
  threshold: number;
  actions: BoardActions;
  onRemove: (goal: Goal) => void;
}

export function GoalRow({ goal, row, numbers, threshold, actions, onRemove }: GoalRowProps) {
  const { t } = useI18n();
  const sortable = useSortable({ id: goal.id });
  const figures = goalFigures(goal, threshold);
  const name = goal.label || t.goals.untitled;
  const flag = (field: string) => (goal.flags?.[field] ? t.goals.flagged(goal.flags[field]) : undefined);
  const otherFlags = Object.entries(goal.flags ?? {}).filter(([field]) => !SHOWN_FIELDS.has(field));

  const numberCell = (field: 'target' | 'actual') => {
    const value = goal[field];
    return (
      <EditableCell
        row={row}
        col={col(field)}
        testId={`goal-${field}`}
        label={`${t.goals.columns[field]} — ${name}`}
        numeric
        placeholder="—"
        display={value === null ? '' : numbers.value(goal.unit, value)}
        edit={value === null ? '' : numbers.editable(value)}
        flag={flag(field)}
        onCommit={(text) => {
          const tokens = goal.unit === 'money' ? numbers.currencyTokens : [];
          const parsed = parseNumber(text, numbers.decimalSeparator, tokens);
          if (!parsed.ok) return t.goals.notANumber(text.trim(), `1234${numbers.decimalSeparator}5`);
          if (parsed.value !== value || goal.flags?.[field]) actions.updateGoal(goal.id, { [field]: parsed.value });
          return null;
        }}
      />
    );
  };

  const { transform, transition, isDragging } = sortable;
  return (
    <tr
      ref={sortable.setNodeRef}
      data-testid="goal-row"
      data-goal-id={goal.id}
      className={isDragging ? 'dragging' : undefined}
      style={{ transform: transform ? `translate3d(0, ${Math.round(transform.y)}px, 0)` : undefined, transition }}
    >
      <td className="handle-cell">
        <button
          type="button"
          className="drag-handle"
          ref={sortable.setActivatorNodeRef}
          {...sortable.attributes}
          {...sortable.listeners}
          aria-label={t.goals.reorder(name)}
          title={t.goals.reorder(name)}
        >
          <GripIcon />
        </button>
      </td>
      <td className="metric-cell">
        <EditableCell
          row={row}
          col={col('label')}
          testId="goal-label"
          label={t.goals.columns.metric}
          display={goal.label}
          edit={goal.label}
          placeholder={t.goals.labelPlaceholder}
          maxLength={500}
          flag={flag('label')}
          onCommit={(text) => {
            if (text.trim() !== goal.label || goal.flags?.label) actions.updateGoal(goal.id, { label: text.trim() });
            return null;
          }}
        />
        {otherFlags.length > 0 && (
          <span
            className="row-flag"
            title={otherFlags.map(([field, message]) => `${field}: ${t.goals.flagged(message)}`).join('\n')}
          >
            <WarningIcon />
          </span>
        )}
      </td>
      <td data-label={t.goals.columns.unit}>
        <SelectCell<Unit>
          row={row}
          col={col('unit')}
          value={goal.unit}
          options={UNITS.map((unit) => ({ value: unit, label: t.goals.units[unit] }))}
          onChange={(unit) => actions.updateGoal(goal.id, { unit })}
          label={`${t.goals.columns.unit} — ${name}`}
          flag={flag('unit')}
        />
      </td>
      <td data-label={t.goals.columns.direction}>
        <SelectCell<Direction>
          row={row}
          col={col('direction')}
          value={goal.direction}
          options={DIRECTIONS.map((direction) => ({ value: direction, label: t.goals.directions[direction] }))}
          onChange={(direction) => actions.updateGoal(goal.id, { direction })}
          label={`${t.goals.columns.direction} — ${name}`}
          flag={flag('direction')}
        />
      </td>
      <td data-label={t.goals.columns.target}>{numberCell('target')}</td>
      <td data-label={t.goals.columns.actual}>{numberCell('actual')}</td>
      <AttainmentCell goal={goal} figures={figures} numbers={numbers} />
      <DeviationCell goal={goal} figures={figures} numbers={numbers} />
      <StatusCell figures={figures} />
      <td className="actions-cell">
        <button
          type="button"
          className="icon-button"
          onClick={() => onRemove(goal)}
          aria-label={t.goals.remove(name)}
          title={t.goals.remove(name)}
        >
          <TrashIcon />
        </button>
      </td>
    </tr>
  );
}
