import { boardGrowthOf, goalPlanFigures } from '@balanza/metrics';
import type { BoardSnapshot } from '@balanza/model';
import { useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { usePlanMetrics } from '../../board/usePlanMetrics.ts';
import { PlanTotals } from '../../sections/plan/PlanTotals.tsx';
import { usePlanText } from '../../sections/plan/texts.ts';
import { FormulaList, ReportChapter, ValueCell } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/**
 * The plan of the board's year, for a board made by "Start next year": the projected totals and each
 * goal's target for the year, with the growth it follows and where the target comes from.
 */
export function PlanChapter({ snapshot }: { snapshot: BoardSnapshot }) {
  const text = useReportText();
  const planText = usePlanText();
  const numbers = useNumbers();
  const metrics = usePlanMetrics(snapshot);
  const { meta, goals } = snapshot;
  const growth = boardGrowthOf(snapshot.plan);
  const c = planText.columns;
  const rows = goals.map((goal) => ({ goal, figures: goalPlanFigures(goal, growth, meta.currency) }));
  return (
    <ReportChapter chapter="plan" title={text.plan(meta.reviewedYear)}>
      <PlanTotals metrics={metrics} />
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
          ...rows.flatMap(({ figures }) => [[c.growth, figures.growth] as const, [c.target, figures.target] as const]),
        ]}
      />
    </ReportChapter>
  );
}
