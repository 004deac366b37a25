import type { GoalMetrics } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { type FocusEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useActions } from '../../board/BoardContext.tsx';
import { createGrid, GridContext, isGridCell } from '../../board/cells/gridNavigation.ts';
import type { RecordWork } from '../../board/cells/useDeletedWhileEditing.ts';
import { useRowWork } from '../../board/cells/useRowWork.ts';
import { useStableOrder } from '../../board/cells/useStableOrder.ts';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useDragAccessibility } from './dragAccessibility.ts';
import { GoalRow, GRID_COLUMNS } from './GoalRow.tsx';

interface GoalsTableProps {
  goals: Goal[];
  /** Each goal's figures, by id (from the board's incremental metrics). */
  figures: ReadonlyMap<string, GoalMetrics>;
  /** The board's whole goal order, when `goals` is filtered or sorted: a drop lands at the target's board index. */
  boardOrder: Goal[];
  onRemove: (goal: Goal) => void;
  /** Told which goal this person works on and what they typed, so a goal deleted meanwhile can be restored. */
  work?: RecordWork<Goal> | undefined;
  /** A goal just added here, whose label cell should take focus once rendered. */
  focusGoalId: string | null;
  onFocused: () => void;
  /** What shows under a goal's causes when they are open. */
  details?: (goal: Goal) => ReactNode;
}

/** The goals as a keyboard-navigable, sortable table. */
export function GoalsTable(props: GoalsTableProps) {
  const actions = useActions();
  const { goals, figures, boardOrder, onRemove, focusGoalId, onFocused, work } = props;
  const { t } = useI18n();
  const text = useGoalTexts();
  const [openCauses, setOpenCauses] = useState<ReadonlySet<string>>(new Set());
  const toggleCauses = (id: string) =>
    setOpenCauses((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const body = useRef<HTMLTableSectionElement>(null);
  const [inCell, setInCell] = useState(false);
  const byId = useMemo(() => new Map(goals.map((goal) => [goal.id, goal])), [goals]);
  const order = useStableOrder(
    goals.map((goal) => goal.id),
    inCell,
  );
  const shown = order.map((id) => byId.get(id)).filter((goal): goal is Goal => goal !== undefined);
  const grid = useMemo(() => createGrid(() => body.current, shown.length, GRID_COLUMNS.length), [shown.length]);

  useEffect(() => {
    if (!focusGoalId) return;
    const row = shown.findIndex((goal) => goal.id === focusGoalId);
    if (row >= 0 && grid.focus(row, 0)) onFocused();
  }, [focusGoalId, shown, grid, onFocused]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useDragAccessibility(shown);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = boardOrder.findIndex((goal) => goal.id === over.id);
    if (to >= 0) actions.moveGoal(String(active.id), to);
  };

  const rowWork = useRowWork('data-goal-id', work);
  // While the caret is in a cell, rows keep their order (see useStableOrder).
  const onFocus = (event: FocusEvent) => {
    setInCell(isGridCell(event.target));
    rowWork.onFocus(event);
  };
  const onBlur = (event: FocusEvent) => {
    if (!(isGridCell(event.relatedTarget) && body.current?.contains(event.relatedTarget))) setInCell(false);
    rowWork.onBlur(event);
  };

  const headers = t.goals.columns;
  return (
    <GridContext.Provider value={grid}>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={accessibility}
      >
        <div className="table-scroll">
          <table className="goals-table goals-grid">
            <colgroup>
              <col className="col-handle" />
              <col className="col-metric" />
              <col className="col-unit" />
              <col className="col-direction" />
              <col className="col-number" />
              <col className="col-number" />
              <col className="col-number" />
              <col className="col-figure" />
              <col className="col-deviation" />
              <col className="col-figure" />
              <col className="col-status" />
              <col className="col-actions" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{headers.move}</span>
                </th>
                <th scope="col">{headers.metric}</th>
                <th scope="col">{headers.unit}</th>
                <th scope="col">{headers.direction}</th>
                <th scope="col" className="numeric">
                  {headers.target}
                </th>
                <th scope="col" className="numeric">
                  {headers.actual}
                </th>
                <th scope="col" className="numeric">
                  {text.lastYear}
                </th>
                <th scope="col" className="numeric">
                  {headers.attainment}
                </th>
                <th scope="col" className="numeric">
                  {headers.deviation}
                </th>
                <th scope="col" className="numeric">
                  {text.yearOverYear}
                </th>
                <th scope="col">{headers.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{text.causes}</span>
                </th>
                <th scope="col">
                  <span className="visually-hidden">{headers.actions}</span>
                </th>
              </tr>
            </thead>
            <SortableContext items={order as string[]} strategy={verticalListSortingStrategy}>
              <tbody ref={body} onFocus={onFocus} onBlur={onBlur}>
                {shown.map((goal, row) => {
                  const goalFigures = figures.get(goal.id);
                  if (!goalFigures) return null;
                  return (
                    <GoalRow
                      key={goal.id}
                      goal={goal}
                      row={row}
                      figures={goalFigures}
                      onRemove={onRemove}
                      work={work}
                      causesOpen={openCauses.has(goal.id)}
                      onToggleCauses={toggleCauses}
                      details={props.details}
                    />
                  );
                })}
              </tbody>
            </SortableContext>
          </table>
        </div>
      </DndContext>
    </GridContext.Provider>
  );
}
