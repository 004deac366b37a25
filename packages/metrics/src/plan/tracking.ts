import { computed, difference, type Figure, notComputable, ratio } from '../figure.ts';
import type { PlanSums } from './sums.ts';

export const TRACKING_FORMULAS = {
  variance: 'actual − planned',
  attainment: 'actual ÷ planned',
  cumulative: 'actual to date ÷ planned to date',
  forecast: 'actual to date ÷ planned to date × planned year (seasonal run rate)',
  plannedToDate: 'sum of the planned months to date',
  actualToDate: 'sum of the actual months to date',
} as const;

export interface MonthTracking {
  month: number;
  planned: number;
  /** Sum of the month's output lines; null while none is filled. */
  actual: number | null;
  variance: Figure;
  attainment: Figure;
}

/** The plan year as it runs ([PLAN-13]): each month's planned turnover against its actual. */
export interface PlanTracking {
  months: MonthTracking[];
  /** The last month with an actual (1–12), or 0 before the first. */
  toMonth: number;
  plannedToDate: number;
  actualToDate: number;
  cumulativeAttainment: Figure;
  forecast: Figure;
}

/**
 * Monthly actuals (the output ledger lines of each month) against the planned months of the turnover:
 * variance, attainment, cumulative attainment up to the last month with an actual, and a run-rate forecast
 * of the year end that follows the plan's seasonality.
 */
export function planTracking(planned: readonly number[] | null, sums: PlanSums): PlanTracking {
  const plan = planned ?? new Array<number>(12).fill(0);
  let toMonth = 0;
  const months = plan.map((value, i) => {
    const actual = (sums.actualFilledByMonth[i] ?? 0) > 0 ? (sums.actualByMonth[i] as number) : null;
    if (actual !== null) toMonth = i + 1;
    const missing = ['missing-actual', 'missing-target'] as const;
    return {
      month: i + 1,
      planned: value,
      actual,
      variance: planned ? difference(actual, value, TRACKING_FORMULAS.variance, [...missing]) : noPlan('variance'),
      attainment: planned
        ? ratio(actual, value, TRACKING_FORMULAS.attainment, { numerator: missing[0], denominator: missing[1] })
        : noPlan('attainment'),
    };
  });
  let plannedToDate = 0;
  let actualToDate = 0;
  for (let i = 0; i < toMonth; i++) {
    plannedToDate += plan[i] as number;
    actualToDate += months[i]?.actual ?? 0;
  }
  const cumulativeAttainment =
    toMonth === 0
      ? notComputable(TRACKING_FORMULAS.cumulative, 'missing-actual')
      : ratio(actualToDate, plannedToDate, TRACKING_FORMULAS.cumulative);
  const year = plan.reduce((sum, value) => sum + value, 0);
  const forecast =
    cumulativeAttainment.ok && planned
      ? computed(cumulativeAttainment.value * year, TRACKING_FORMULAS.forecast)
      : notComputable(
          TRACKING_FORMULAS.forecast,
          cumulativeAttainment.ok ? 'missing-target' : cumulativeAttainment.reason,
        );
  return { months, toMonth, plannedToDate, actualToDate, cumulativeAttainment, forecast };
}

const noPlan = (which: 'variance' | 'attainment') => notComputable(TRACKING_FORMULAS[which], 'missing-target');
