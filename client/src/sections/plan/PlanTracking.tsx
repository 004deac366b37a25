import { computed, TRACKING_FORMULAS, type PlanTracking as Tracking } from '@balanza/metrics';
import { useBoardId, useNumbers } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { TableHead } from '../../board/cells/TableParts.tsx';
import { KpiTile } from '../../board/figures/LedgerTotals.tsx';
import { useMonthNames } from '../../i18n/months.ts';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';
import { usePlanYearText } from './budget-texts.ts';
import { PlanPart } from './PlanPart.tsx';

/**
 * The plan year as it runs ([PLAN-13]): each month's planned turnover against the monthly turnover lines,
 * the variance and attainment, the attainment to date and a seasonal run-rate forecast of the year end.
 */
export function PlanTracking({ tracking, hasPlan }: { tracking: Tracking; hasPlan: boolean }) {
  const text = usePlanYearText().tracking;
  const numbers = useNumbers();
  const boardId = useBoardId();
  const monthNames = useMonthNames();
  const money = (value: number) => numbers.value('money', value);
  const shortMoney = (value: number) => numbers.compact('money', value);
  const shortSignedMoney = (value: number) => numbers.compact('money', value, true);
  const signedMoney = (value: number) => numbers.difference('money', value, '');
  const toneOf = (value: number | null) => (value === null || value === 0 ? '' : value > 0 ? 'good' : 'bad');
  const enter = (
    <Link href={boardPath(boardId, 'ledger')} className="button" data-testid="plan-enter-actuals">
      {text.enterActuals}
    </Link>
  );
  if (!hasPlan)
    return (
      <PlanPart id="tracking" title={text.title} intro={text.intro}>
        <p className="empty-state">{text.noSales}</p>
      </PlanPart>
    );
  const started = tracking.toMonth > 0;
  const plannedToDate = computed(tracking.plannedToDate, TRACKING_FORMULAS.plannedToDate);
  const actualToDate = computed(tracking.actualToDate, TRACKING_FORMULAS.actualToDate);
  return (
    <PlanPart id="tracking" title={text.title} intro={text.intro} actions={enter}>
      <dl className="kpi-strip" data-testid="plan-tracking-totals">
        <KpiTile
          name={text.plannedToDate}
          figure={plannedToDate}
          format={money}
          short={shortMoney}
          testId="plan-planned-to-date"
          note={started ? text.toDate(monthNames[tracking.toMonth - 1] ?? '') : text.notStarted}
        />
        <KpiTile
          name={text.actualToDate}
          figure={actualToDate}
          format={money}
          short={shortMoney}
          testId="plan-actual-to-date"
        />
        <KpiTile
          name={text.cumulative}
          figure={tracking.cumulativeAttainment}
          format={numbers.ratio}
          testId="plan-cumulative"
        />
        <KpiTile
          name={text.forecast}
          figure={tracking.forecast}
          format={money}
          short={shortMoney}
          testId="plan-forecast"
        />
      </dl>
      <div className="table-scroll">
        <table className="goals-table plan-tracking" data-testid="plan-tracking-table">
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
              <tr
                key={month.month}
                data-testid="plan-tracking-month"
                data-month={month.month}
                className={month.month <= tracking.toMonth ? 'plan-month-past' : undefined}
              >
                <th scope="row">{monthNames[month.month - 1]}</th>
                <td className="numeric" data-label={text.planned}>
                  {money(month.planned)}
                </td>
                <td className="numeric" data-testid="plan-tracking-actual" data-label={text.actual}>
                  {month.actual === null ? '—' : money(month.actual)}
                </td>
                <FigureCell
                  figure={month.variance}
                  name={text.variance}
                  format={signedMoney}
                  short={shortSignedMoney}
                  tone={toneOf(month.variance.ok ? month.variance.value : null)}
                  testId="plan-tracking-variance"
                />
                <FigureCell figure={month.attainment} name={text.attainment} format={numbers.ratio} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PlanPart>
  );
}
