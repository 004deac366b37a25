import { computed, type PlanTracking, TRACKING_FORMULAS } from '@balanza/metrics';
import { useNumbers } from '../../../board/BoardContext.tsx';
import { FigureCell } from '../../../board/cells/FigureCell.tsx';
import { TableHead } from '../../../board/cells/TableParts.tsx';
import { KpiTile } from '../../../board/figures/LedgerTotals.tsx';
import { useMonthNames } from '../../../i18n/months.ts';
import { usePlanYearText } from '../../../sections/plan/budget-texts.ts';
import { FormulaList, ValueCell } from '../ReportParts.tsx';

/**
 * The year against the plan ([PLAN-13]), shown once a month has an actual: the figures to date, the run-rate
 * forecast, and each month's planned turnover against the actual with the variance and attainment.
 */
export function PlanTrackingPart({ tracking }: { tracking: PlanTracking }) {
  const text = usePlanYearText().tracking;
  const numbers = useNumbers();
  const monthNames = useMonthNames();
  const money = (value: number) => numbers.value('money', value);
  const plannedToDate = computed(tracking.plannedToDate, TRACKING_FORMULAS.plannedToDate);
  const actualToDate = computed(tracking.actualToDate, TRACKING_FORMULAS.actualToDate);
  return (
    <div className="report-part" data-testid="report-plan-tracking">
      <h3>{text.title}</h3>
      <dl className="kpi-strip">
        <KpiTile
          name={text.plannedToDate}
          figure={plannedToDate}
          format={money}
          testId="report-plan-planned-to-date"
          note={text.toDate(monthNames[tracking.toMonth - 1] ?? '')}
        />
        <KpiTile name={text.actualToDate} figure={actualToDate} format={money} testId="report-plan-actual-to-date" />
        <KpiTile
          name={text.cumulative}
          figure={tracking.cumulativeAttainment}
          format={numbers.ratio}
          testId="report-plan-cumulative"
        />
        <KpiTile name={text.forecast} figure={tracking.forecast} format={money} testId="report-plan-forecast" />
      </dl>
      <table className="report-table" data-testid="report-plan-tracking-table">
        <TableHead
          columns={[
            { className: 'col-metric', label: text.month },
            { className: 'col-number', label: text.planned, numeric: true },
            { className: 'col-number', label: text.actual, numeric: true },
            { className: 'col-number', label: text.variance, numeric: true },
            { className: 'col-figure', label: text.attainment, numeric: true },
          ]}
        />
        <tbody>
          {tracking.months.map((month) => (
            <tr key={month.month} data-testid="report-plan-tracking-month" data-month={month.month}>
              <th scope="row">{monthNames[month.month - 1]}</th>
              <ValueCell label={text.planned} value={month.planned} format={money} />
              <ValueCell label={text.actual} value={month.actual} format={money} />
              <FigureCell
                figure={month.variance}
                name={text.variance}
                format={(value) => numbers.difference('money', value, '')}
              />
              <FigureCell figure={month.attainment} name={text.attainment} format={numbers.ratio} />
            </tr>
          ))}
        </tbody>
      </table>
      <FormulaList
        figures={[
          [text.plannedToDate, plannedToDate],
          [text.actualToDate, actualToDate],
          [text.cumulative, tracking.cumulativeAttainment],
          [text.forecast, tracking.forecast],
          ...tracking.months.flatMap((month) => [
            [text.variance, month.variance] as const,
            [text.attainment, month.attainment] as const,
          ]),
        ]}
      />
    </div>
  );
}
