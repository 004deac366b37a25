import { boardGrowthOf, goalPlanFigures } from '@balanza/metrics';
import type { Goal } from '@balanza/model';
import { useMemo, useRef } from 'react';
import { useActions, useNumbers, useSnapshot } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { KpiTile } from '../../board/figures/LedgerTotals.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { usePlanMetrics } from '../../board/usePlanMetrics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';
import { usePlanText } from './texts.ts';

// The editable columns, in grid order (arrow keys move between them).
const GRID = ['growth', 'target'] as const;

/**
 * The operating plan of the board's year ([PLAN-3], [PLAN-6]): the growth every goal follows, each goal's
 * last year, growth, suggested and set target, and the plan's projected turnover, input, profit, margin
 * and ROI, each with its formula. A board that is only a review says where its plan is made.
 */
export function PlanSection() {
  const snapshot = useSnapshot();
  const text = usePlanText();
  const { meta } = snapshot;
  if (!meta.previousBoardId) {
    return (
      <section className="section" aria-labelledby="section-heading" data-testid="plan-section">
        <SectionHeader title={text.title(meta.planYear)} intro={text.reviewOnly(meta.reviewedYear, meta.planYear)}>
          {meta.nextBoardId ? (
            <Link href={boardPath(meta.nextBoardId, 'plan')} className="button" data-testid="plan-open-next">
              {text.openNext(meta.planYear)}
            </Link>
          ) : (
            <p className="muted">{text.startFromHeader}</p>
          )}
        </SectionHeader>
      </section>
    );
  }
  return <PlanOfTheYear />;
}

function PlanOfTheYear() {
  const snapshot = useSnapshot();
  const actions = useActions();
  const numbers = useNumbers();
  const text = usePlanText();
  const metrics = usePlanMetrics(snapshot);
  const { meta, goals } = snapshot;
  // The plan's year is the board's own: at its end, this board is that year's review.
  const year = meta.reviewedYear;
  const growth = boardGrowthOf(snapshot.plan);
  const money = (value: number) => numbers.value('money', value);
  const turnoverLastYear = metrics.turnoverLastYear.ok
    ? text.lastYear(money(metrics.turnoverLastYear.value))
    : undefined;
  return (
    <section className="section" aria-labelledby="section-heading" data-testid="plan-section">
      <SectionHeader title={text.title(year)} intro={text.intro(year)} />
      <div className="plan-growth">
        <table className="goals-table plan-growth-table">
          <tbody>
            <tr>
              <th scope="row">{text.growth}</th>
              <td>
                <NumberCell
                  row={0}
                  col={0}
                  value={growth * 100}
                  unit="percent"
                  label={text.growth}
                  testId="plan-growth"
                  onChange={(value) => actions.setBoardGrowth((value ?? 0) / 100)}
                />
              </td>
            </tr>
          </tbody>
        </table>
        <p className="muted">{text.growthHelp}</p>
      </div>

      <h3>{text.projection}</h3>
      <dl className="kpi-strip" data-testid="plan-totals">
        <KpiTile
          name={text.totals.turnover}
          figure={metrics.turnover}
          format={money}
          testId="plan-turnover"
          note={turnoverLastYear}
        />
        <KpiTile name={text.totals.input} figure={metrics.totalInput} format={money} testId="plan-input" />
        <KpiTile name={text.totals.profit} figure={metrics.operatingProfit} format={money} testId="plan-profit" />
        <KpiTile
          name={text.totals.margin}
          figure={metrics.operatingMargin}
          format={numbers.ratio}
          testId="plan-margin"
        />
        <KpiTile name={text.totals.roi} figure={metrics.roi} format={numbers.ratio} testId="plan-roi" />
      </dl>

      <PlanGoals goals={goals} boardGrowth={growth} currency={meta.currency} />
    </section>
  );
}

function PlanGoals({ goals, boardGrowth, currency }: { goals: Goal[]; boardGrowth: number; currency: string }) {
  const actions = useActions();
  const numbers = useNumbers();
  const text = usePlanText();
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, goals.length, GRID.length), [goals.length]);
  const c = text.columns;
  const { t } = useI18n();
  const flagged = (message: string | undefined) => (message ? t.goals.flagged(message) : undefined);
  if (goals.length === 0) return <p className="muted">{text.empty}</p>;
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
              const figures = goalPlanFigures(goal, boardGrowth, currency);
              const name = goal.label || text.untitled;
              const inUnit = (value: number) => numbers.value(goal.unit, value);
              return (
                <tr key={goal.id} data-testid="plan-goal" data-goal-id={goal.id}>
                  <th scope="row">{name}</th>
                  <td className="numeric" data-testid="plan-goal-lastYear" data-label={c.lastYear}>
                    {goal.lastYear === null ? '—' : inUnit(goal.lastYear)}
                  </td>
                  <NumberCell
                    row={row}
                    col={GRID.indexOf('growth')}
                    value={goal.growth === null || goal.growth === undefined ? null : goal.growth * 100}
                    unit="percent"
                    label={`${c.growth}: ${name}`}
                    testId="plan-goal-growth"
                    flag={flagged(goal.flags?.growth)}
                    onChange={(value) => actions.setGoalGrowth(goal.id, value === null ? null : value / 100)}
                  />
                  <FigureCell
                    figure={figures.suggested}
                    name={c.suggested}
                    format={inUnit}
                    testId="plan-goal-suggested"
                  />
                  <NumberCell
                    row={row}
                    col={GRID.indexOf('target')}
                    value={figures.target.ok ? figures.target.value : null}
                    unit={goal.unit}
                    label={`${c.target}: ${name}`}
                    testId="plan-goal-target"
                    flag={flagged(goal.flags?.target)}
                    onChange={(value) => actions.setGoalYearTotal(goal.id, value)}
                  />
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
