import type { GoalPlanFigures } from '@balanza/metrics';
import { type Goal, GROWTH_LIMITS } from '@balanza/model';
import { useMemo, useRef } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { usePlanText } from './texts.ts';

// The editable columns, in grid order (arrow keys move between them).
const GRID = ['growth', 'target'] as const;

/**
 * Each goal's target for the plan year ([PLAN-3], [PLAN-4]): last year, the growth it follows, the
 * suggestion, and the target — set, the sum of its months, or (muted) the suggestion itself.
 */
export function PlanGoals({ goals, targets }: { goals: Goal[]; targets: ReadonlyMap<string, GoalPlanFigures> }) {
  const actions = useActions();
  const numbers = useNumbers();
  const text = usePlanText();
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, goals.length, GRID.length), [goals.length]);
  const c = text.columns;
  const { t } = useI18n();
  const flagged = (message: string | undefined) => (message ? t.goals.flagged(message) : undefined);
  if (goals.length === 0) return <p className="empty-state">{text.empty}</p>;
  const columns = [
    { className: 'col-metric', label: c.metric },
    { className: 'col-number', label: c.lastYear, numeric: true },
    { className: 'col-number', label: c.growth, numeric: true },
    { className: 'col-number', label: c.suggested, numeric: true },
    { className: 'col-number', label: c.target, numeric: true },
    { className: 'col-unit', label: c.source },
  ];
  return (
    <GridContext.Provider value={grid}>
      <div className="table-scroll">
        <table className="goals-table plan-goals" data-testid="plan-goals">
          <TableHead columns={columns} />
          <tbody ref={body}>
            {goals.map((goal, row) => {
              const figures = targets.get(goal.id);
              if (!figures) return null;
              const name = goal.label || text.untitled;
              const inUnit = (value: number) => numbers.value(goal.unit, value);
              const suggested = figures.source === 'suggested';
              return (
                <tr key={goal.id} data-testid="plan-goal" data-goal-id={goal.id}>
                  <th scope="row">{name}</th>
                  <td className="numeric" data-testid="plan-goal-lastYear" data-label={c.lastYear}>
                    {goal.lastYear === null ? '—' : inUnit(goal.lastYear)}
                  </td>
                  <td data-label={c.growth}>
                    <NumberCell
                      row={row}
                      col={GRID.indexOf('growth')}
                      value={goal.growth === null || goal.growth === undefined ? null : goal.growth * 100}
                      suggested={figures.growth.ok ? figures.growth.value * 100 : null}
                      unit="percent"
                      label={`${c.growth}: ${name}`}
                      min={GROWTH_LIMITS.min * 100}
                      max={GROWTH_LIMITS.max * 100}
                      testId="plan-goal-growth"
                      flag={flagged(goal.flags?.growth)}
                      onChange={(value) => actions.setGoalGrowth(goal.id, value === null ? null : value / 100)}
                    />
                  </td>
                  <FigureCell
                    figure={figures.suggested}
                    name={c.suggested}
                    format={inUnit}
                    testId="plan-goal-suggested"
                  />
                  <td data-label={c.target}>
                    <NumberCell
                      row={row}
                      col={GRID.indexOf('target')}
                      value={!suggested && figures.target.ok ? figures.target.value : null}
                      suggested={figures.suggested.ok ? figures.suggested.value : null}
                      unit={goal.unit}
                      label={`${c.target}: ${name}${suggested ? ` (${text.sources.suggested})` : ''}`}
                      testId="plan-goal-target"
                      flag={flagged(goal.flags?.target)}
                      onChange={(value) => actions.setGoalYearTotal(goal.id, value)}
                    />
                  </td>
                  <td data-testid="plan-goal-source" data-source={figures.source} data-label={c.source}>
                    {text.sources[figures.source]}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </GridContext.Provider>
  );
}
