import type { GoalFigures } from '@balanza/metrics';
import { DIRECTIONS, type Direction, type Goal, UNITS, type Unit } from '@balanza/model';
import { useSortable } from '@dnd-kit/sortable';
import { type ReactNode, useCallback, useRef } from 'react';
import { useOthersChanges } from '../../board/announcer/useOthersChanges.ts';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { SelectCell } from '../../board/cells/SelectCell.tsx';
import type { RecordWork } from '../../board/cells/useDeletedWhileEditing.ts';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { GripIcon, TrashIcon, WarningIcon } from '../../ui/icons.tsx';
import { CausesRow } from './CausesRow.tsx';
import { AttainmentCell, DeviationCell, StatusCell } from './FigureCells.tsx';

/** Editable columns in grid order; the figure columns are read-only and not part of the grid. */
export const GRID_COLUMNS = ['label', 'unit', 'direction', 'target', 'actual', 'lastYear'] as const;
/** Every column of a goal row, for the causes row that spans them. */
export const ROW_COLUMNS = 13;
const col = (name: (typeof GRID_COLUMNS)[number]) => GRID_COLUMNS.indexOf(name);
const SHOWN_FIELDS = new Set<string>(GRID_COLUMNS);

interface GoalRowProps {
  goal: Goal;
  row: number;
  /** The goal's figures from the board's metrics (status judged with the board's threshold). */
  figures: GoalFigures;
  onRemove: (goal: Goal) => void;
  /** Told what is typed here and not stored yet (see GoalsTable). */
  work?: RecordWork<Goal> | undefined;
  causesOpen: boolean;
  onToggleCauses: (id: string) => void;
  /** What else shows under the causes when they are open: linked measures, comment threads. */
  details?: ((goal: Goal) => ReactNode) | undefined;
}

export function GoalRow(props: GoalRowProps) {
  const numbers = useNumbers();
  const actions = useActions();
  const { goal, row, figures, onRemove, causesOpen, onToggleCauses, work } = props;
  const { t } = useI18n();
  const text = useGoalTexts();
  const sortable = useSortable({ id: goal.id });
  const hasCauses = [goal.subjectiveCause, goal.objectiveCause, goal.judgement].some((text) => text.trim() !== '');
  const name = goal.label || t.goals.untitled;
  const flag = (field: string) => (goal.flags?.[field] ? t.goals.flagged(goal.flags[field]) : undefined);
  const otherFlags = Object.entries(goal.flags ?? {}).filter(([field]) => !SHOWN_FIELDS.has(field));

  const numberCell = (field: 'target' | 'actual' | 'lastYear') => (
    <NumberCell
      row={row}
      col={col(field)}
      testId={`goal-${field}`}
      label={`${field === 'lastYear' ? text.lastYear : t.goals.columns[field]} — ${name}`}
      value={goal[field]}
      unit={goal.unit}
      flag={flag(field)}
      onChange={(value) => actions.updateGoal(goal.id, { [field]: value })}
      onDraft={work && ((value) => work.touch(goal.id, { [field]: value }))}
    />
  );

  // Others' changes to this goal are announced while focus is in its row ([A11Y-13]).
  const rowElement = useRef<HTMLTableRowElement | null>(null);
  const { setNodeRef } = sortable;
  const rowRef = useCallback(
    (node: HTMLTableRowElement | null) => {
      rowElement.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );
  const figure = (field: 'target' | 'actual' | 'lastYear') => {
    const value = goal[field];
    return `${field === 'lastYear' ? text.lastYear : t.goals.columns[field]} ${value === null ? '—' : numbers.value(goal.unit, value)}`;
  };
  useOthersChanges(
    { collection: 'goals', id: goal.id },
    () => rowElement.current?.contains(document.activeElement) ?? false,
    {
      name,
      facts: {
        target: figure('target'),
        actual: figure('actual'),
        lastYear: figure('lastYear'),
        status: t.goals.status[figures.status],
      },
    },
  );

  const { transform, transition, isDragging } = sortable;
  return (
    <>
      <tr
        ref={rowRef}
        data-testid="goal-row"
        data-goal-id={goal.id}
        className={isDragging ? 'dragging' : undefined}
        style={{ transform: transform ? `translate3d(0, ${Math.round(transform.y)}px, 0)` : undefined, transition }}
      >
        <td className="handle-cell">
          <button
            type="button"
            className="drag-handle edit-only"
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
            onDraft={work && ((typed) => work.touch(goal.id, { label: typed?.trim() }))}
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
        <td data-label={text.lastYear}>{numberCell('lastYear')}</td>
        <AttainmentCell goal={goal} figures={figures} />
        <DeviationCell goal={goal} figures={figures} />
        <FigureCell
          figure={figures.yearOverYear}
          name={text.yearOverYear}
          format={numbers.signedRatio}
          testId="goal-yoy"
          tone={yoyTone(figures.yearOverYear.value, goal.direction)}
        />
        <StatusCell figures={figures} />
        <td className="actions-cell causes-toggle-cell">
          <button
            type="button"
            className={`icon-button causes-toggle${hasCauses ? ' has-causes' : ''}`}
            data-testid="goal-causes-toggle"
            aria-expanded={causesOpen}
            onClick={() => onToggleCauses(goal.id)}
            aria-label={text.showCauses(name)}
            title={hasCauses ? `${text.showCauses(name)} · ${text.hasCauses}` : text.showCauses(name)}
          >
            <span aria-hidden="true">{causesOpen ? '▾' : '▸'}</span>
            {hasCauses && <span className="causes-dot" aria-hidden="true" />}
          </button>
        </td>
        <td className="actions-cell">
          <button
            type="button"
            className="icon-button edit-only"
            onClick={() => onRemove(goal)}
            aria-label={t.goals.remove(name)}
            title={t.goals.remove(name)}
          >
            <TrashIcon />
          </button>
        </td>
      </tr>
      {causesOpen && (
        <CausesRow goal={goal} columns={ROW_COLUMNS} work={work}>
          {props.details?.(goal)}
        </CausesRow>
      )}
    </>
  );
}

/** Up is good for "higher is better" goals, bad for "lower is better" ones; the sign is always shown too. */
const yoyTone = (value: number | null, direction: Goal['direction']): 'good' | 'bad' | '' =>
  value === null || value === 0 ? '' : value > 0 === (direction === 'higher') ? 'good' : 'bad';
