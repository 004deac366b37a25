import { boardGrowthOf, goalPlanFigures } from '@balanza/metrics';
import type { BoardSnapshot } from '@balanza/model';
import { useMemo } from 'react';
import { useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { usePlanMetrics } from '../../board/usePlanMetrics.ts';
import { PlanTotals } from '../../sections/plan/PlanTotals.tsx';
import { usePlanText } from '../../sections/plan/texts.ts';
import { PlanBudgetsPart } from './plan/PlanBudgetsPart.tsx';
import { PlanCampaignsPart } from './plan/PlanCampaignsPart.tsx';
import { PlanItemsPart } from './plan/PlanItemsPart.tsx';
import { PlanMonthsPart } from './plan/PlanMonthsPart.tsx';
import { PlanScenariosPart } from './plan/PlanScenariosPart.tsx';
import { PlanTrackingPart } from './plan/PlanTrackingPart.tsx';
import { FormulaList, ReportChapter, ValueCell } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/**
 * The operating plan of the board's year, for a board made by "Start next year" ([REPORT-7]), read-only and in
 * the Plan section's order: the projected totals, each goal's target (the growth it follows, where it comes
 * from), the targets by month, the budgets, the campaign calendar, the scenarios side by side, the plan items
 * and, once the year has actuals, the year tracked against the plan. Every figure is the metrics' own.
 */
export function PlanChapter({ snapshot }: { snapshot: BoardSnapshot }) {
  const text = useReportText();
  const planText = usePlanText();
  const numbers = useNumbers();
  const metrics = usePlanMetrics(snapshot);
  const { meta, goals } = snapshot;
  const growth = boardGrowthOf(snapshot.plan);
  const c = planText.columns;
  const rows = useMemo(
    () => goals.map((goal) => ({ goal, figures: goalPlanFigures(goal, growth, meta.currency) })),
    [goals, growth, meta.currency],
  );
  const targets = useMemo(() => new Map(rows.map(({ goal, figures }) => [goal.id, figures])), [rows]);
  const tracked = metrics.salesMonths !== null && metrics.tracking.toMonth > 0;
  return (
    <ReportChapter chapter="plan" title={text.plan(meta.reviewedYear)}>
      <PlanTotals metrics={metrics} />
      <div className="report-part" data-testid="report-plan-targets">
        <h3>{planText.targets}</h3>
        <table className="report-table" data-testid="report-plan-table">
          <TableHead
            columns={[
              { className: 'col-metric', label: c.metric },
              { className: 'col-number', label: c.lastYear, numeric: true },
              { className: 'col-figure', label: c.growth, numeric: true },
              { className: 'col-figure', label: c.target, numeric: true },
              { className: 'col-unit', label: c.source },
            ]}
          />
          <tbody>
            {rows.map(({ goal, figures }) => {
              const inUnit = (value: number) => numbers.value(goal.unit, value);
              return (
                <tr key={goal.id} data-testid="report-plan-goal">
                  <th scope="row">{goal.label || planText.untitled}</th>
                  <ValueCell label={c.lastYear} value={goal.lastYear} format={inUnit} />
                  <FigureCell figure={figures.growth} name={c.growth} format={numbers.signedRatio} />
                  <FigureCell figure={figures.target} name={c.target} format={inUnit} />
                  <td data-label={c.source}>{planText.sources[figures.source]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <FormulaList
          figures={[
            [planText.totals.turnover, metrics.turnover],
            [planText.totals.input, metrics.totalInput],
            [planText.totals.profit, metrics.operatingProfit],
            [planText.totals.margin, metrics.operatingMargin],
            [planText.totals.roi, metrics.roi],
            ...rows.flatMap(({ figures }) => [
              [c.growth, figures.growth] as const,
              [c.target, figures.target] as const,
            ]),
          ]}
        />
      </div>
      <PlanMonthsPart goals={goals} targets={targets} profile={metrics.profile} currency={meta.currency} />
      <PlanBudgetsPart lines={snapshot.ledger} metrics={metrics} currency={meta.currency} />
      <PlanCampaignsPart events={snapshot.events} totals={metrics.campaigns} locale={meta.locale} />
      <PlanScenariosPart scenarios={snapshot.scenarios} metrics={metrics} />
      <PlanItemsPart measures={snapshot.measures} />
      {tracked && <PlanTrackingPart tracking={metrics.tracking} />}
    </ReportChapter>
  );
}
