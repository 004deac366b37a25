import {
  computed,
  type GoalMonths,
  type GoalPlanFigures,
  goalMonths,
  quarterTotals,
  type SeasonalityProfile,
} from '@balanza/metrics';
import { ADDITIVE_UNITS, type Goal, MONTHS } from '@balanza/model';
import { useNumbers } from '../../../board/BoardContext.tsx';
import { useMonthNames } from '../../../i18n/months.ts';
import { usePlanYearText } from '../../../sections/plan/budget-texts.ts';
import { usePlanText } from '../../../sections/plan/texts.ts';
import { EmptyNote, FormulaList } from '../ReportParts.tsx';
import { chunks } from './chunks.ts';

/** Goals side by side in one table: a printed page holds a month column and four goals. */
const GOALS_PER_TABLE = 4;
const QUARTERS = [1, 2, 3, 4] as const;

interface GoalSplit {
  goal: Goal;
  months: GoalMonths;
  target: GoalPlanFigures['target'];
}

/**
 * Each money and count goal's target by month ([PLAN-4], [PLAN-5]), as the Plan section splits it: one row per
 * month with last year's seasonality and each goal's month, then the quarters and the year (the sum of the
 * months). Months run down the page, goals across, so the table fits a page and a phone shows a card a month.
 */
export function PlanMonthsPart({
  goals,
  targets,
  profile,
  currency,
}: {
  goals: Goal[];
  targets: ReadonlyMap<string, GoalPlanFigures>;
  profile: SeasonalityProfile;
  currency: string;
}) {
  const text = usePlanText();
  const m = text.months;
  const numbers = useNumbers();
  const monthWord = usePlanYearText().tracking.month;
  const monthNames = useMonthNames();
  const splits = goals.flatMap((goal): GoalSplit[] => {
    const target = targets.get(goal.id)?.target;
    if (!target || !ADDITIVE_UNITS.includes(goal.unit)) return [];
    const months = goalMonths(goal, target, profile.shares, currency);
    return months ? [{ goal, months, target }] : [];
  });
  const shareOfQuarter = quarterTotals(profile.shares);
  return (
    <div className="report-part" data-testid="report-plan-months">
      <h3>{m.title}</h3>
      <p className="muted">
        {m.profileFrom[profile.source]} {splits.length < goals.length && m.notSplit}
      </p>
      {splits.length === 0 ? (
        <EmptyNote>{m.empty}</EmptyNote>
      ) : (
        chunks(splits, GOALS_PER_TABLE).map((group) => {
          const name = (split: GoalSplit) => split.goal.label || text.untitled;
          const quarters = group.map((split) => quarterTotals(split.months.months));
          const row = (key: string, label: string, share: number, values: (split: GoalSplit, at: number) => number) => (
            <tr key={key} data-testid="report-plan-month" data-month={key}>
              <th scope="row">{label}</th>
              <td className="numeric muted" data-label={m.profile}>
                {numbers.ratio(share)}
              </td>
              {group.map((split, at) => (
                <td
                  key={split.goal.id}
                  className="numeric"
                  data-label={name(split)}
                  data-goal-id={split.goal.id}
                  data-testid="report-plan-month-value"
                >
                  {numbers.value(split.goal.unit, values(split, at))}
                </td>
              ))}
            </tr>
          );
          return (
            <table
              key={group[0]?.goal.id}
              className="report-table report-plan-months"
              data-testid="report-plan-months-table"
            >
              <thead>
                <tr>
                  <th scope="col">{monthWord}</th>
                  <th scope="col" className="numeric">
                    {m.profile}
                  </th>
                  {group.map((split) => (
                    <th key={split.goal.id} scope="col" className="numeric">
                      {name(split)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {MONTHS.map((month, i) =>
                  row(
                    String(month),
                    monthNames[i] ?? String(month),
                    profile.shares[i] ?? 0,
                    (split) => split.months.months[i] ?? 0,
                  ),
                )}
                {QUARTERS.map((quarter) =>
                  row(
                    `Q${quarter}`,
                    m.quarter(quarter),
                    shareOfQuarter[quarter - 1] ?? 0,
                    (_, at) => quarters[at]?.[quarter - 1] ?? 0,
                  ),
                )}
              </tbody>
              <tbody className="report-total">{row('year', m.year, 1, (split) => split.months.total)}</tbody>
            </table>
          );
        })
      )}
      <FormulaList
        figures={[
          [m.profile, computed(1, profile.formula)] as const,
          ...splits.flatMap(({ months, target }) => [
            [m.title, computed(months.total, months.formula)] as const,
            [m.year, target] as const,
          ]),
        ]}
      />
    </div>
  );
}
