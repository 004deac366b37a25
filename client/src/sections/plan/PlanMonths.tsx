import {
  type GoalMonths,
  type GoalPlanFigures,
  goalMonths,
  quarterTotals,
  type SeasonalityProfile,
} from '@balanza/metrics';
import { ADDITIVE_UNITS, type Goal, MONTHS } from '@balanza/model';
import { useMemo, useRef } from 'react';
import { useActions, useNumbers } from '../../board/BoardContext.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { formulaIn, useFigureTexts } from '../../board/cells/texts.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PlanPart } from './PlanPart.tsx';
import { usePlanText } from './texts.ts';

const QUARTERS = [1, 2, 3, 4] as const;
const quarterSum = (months: readonly number[], quarter: number) => quarterTotals(months)[quarter - 1] ?? 0;

/** Short month names of the UI language, January first. */
function useMonthNames(): string[] {
  const { language } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
    return MONTHS.map((month) => format.format(new Date(Date.UTC(2000, month - 1, 1))));
  }, [language]);
}

/**
 * Each money and count target split into months and quarters ([PLAN-4], [PLAN-5]): stored months as typed,
 * the others (muted) derived from the year total by last year's seasonality, which is shown above them with
 * its source. The year shown is always the sum of the months.
 */
export function PlanMonths({
  goals,
  targets,
  currency,
  profile,
}: {
  goals: Goal[];
  targets: ReadonlyMap<string, GoalPlanFigures>;
  currency: string;
  profile: SeasonalityProfile;
}) {
  const text = usePlanText().months;
  const figureText = useFigureTexts();
  const numbers = useNumbers();
  const monthNames = useMonthNames();
  const split = goals.filter((goal) => ADDITIVE_UNITS.includes(goal.unit));
  const rows = split.flatMap((goal) => {
    const target = targets.get(goal.id)?.target;
    const months = target ? goalMonths(goal, target, profile.shares, currency) : null;
    return months ? [{ goal, months }] : [];
  });
  const body = useRef<HTMLTableSectionElement>(null);
  const grid = useMemo(() => createGrid(() => body.current, rows.length, MONTHS.length), [rows.length]);
  const intro = (
    <>
      {text.intro} {split.length < goals.length && text.notSplit}
    </>
  );
  return (
    <PlanPart id="months" title={text.title} intro={intro}>
      {rows.length === 0 ? (
        <p className="empty-state">{text.empty}</p>
      ) : (
        <GridContext.Provider value={grid}>
          <div className="table-scroll">
            <table className="goals-table plan-months" data-testid="plan-months-table">
              <thead>
                <tr>
                  <th scope="col" />
                  {monthNames.map((name) => (
                    <th key={name} scope="col" className="numeric">
                      {name}
                    </th>
                  ))}
                  {QUARTERS.map((quarter) => (
                    <th key={quarter} scope="col" className="numeric plan-quarter">
                      {text.quarter(quarter)}
                    </th>
                  ))}
                  <th scope="col" className="numeric">
                    {text.year}
                  </th>
                </tr>
              </thead>
              <tbody ref={body}>
                <tr className="plan-profile" data-testid="plan-profile" data-source={profile.source}>
                  <th
                    scope="row"
                    title={`${text.profileFrom[profile.source]}\n${formulaIn(figureText, profile.formula)}`}
                  >
                    {text.profile}
                  </th>
                  {profile.shares.map((share, i) => (
                    <td key={MONTHS[i]} className="numeric muted" data-label={monthNames[i]}>
                      {numbers.ratio(share)}
                    </td>
                  ))}
                  {QUARTERS.map((quarter) => (
                    <td key={quarter} className="numeric muted plan-quarter" data-label={text.quarter(quarter)}>
                      {numbers.ratio(quarterSum(profile.shares, quarter))}
                    </td>
                  ))}
                  <td className="numeric muted" data-label={text.year}>
                    {numbers.ratio(1)}
                  </td>
                </tr>
                {rows.map(({ goal, months }, row) => (
                  <GoalMonthsRow key={goal.id} goal={goal} months={months} row={row} monthNames={monthNames} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted plan-profile-source" data-testid="plan-profile-source">
            {text.profileFrom[profile.source]}
          </p>
        </GridContext.Provider>
      )}
    </PlanPart>
  );
}

function GoalMonthsRow({
  goal,
  months,
  row,
  monthNames,
}: {
  goal: Goal;
  months: GoalMonths;
  row: number;
  monthNames: string[];
}) {
  const actions = useActions();
  const numbers = useNumbers();
  const text = usePlanText();
  const figureText = useFigureTexts();
  const name = goal.label || text.untitled;
  const inUnit = (value: number) => numbers.value(goal.unit, value);
  return (
    <tr data-testid="plan-month-row" data-goal-id={goal.id}>
      <th scope="row">{name}</th>
      {months.months.map((value, i) => (
        <td key={MONTHS[i]} data-label={monthNames[i]}>
          <NumberCell
            row={row}
            col={i}
            value={months.stored[i] ? value : null}
            suggested={value}
            unit={goal.unit}
            label={`${name}, ${monthNames[i]}${months.stored[i] ? '' : ` (${text.months.derived})`}`}
            testId="plan-month"
            // A cleared month is a month of nothing: the year is always the sum of the twelve shown.
            onChange={(typed) => actions.setGoalMonth(goal.id, i + 1, typed ?? 0, months.months)}
          />
        </td>
      ))}
      {QUARTERS.map((quarter) => (
        <td
          key={quarter}
          className="numeric plan-quarter"
          data-testid="plan-quarter"
          data-label={text.months.quarter(quarter)}
        >
          {inUnit(quarterSum(months.months, quarter))}
        </td>
      ))}
      <td
        className="numeric plan-year-total"
        data-testid="plan-month-total"
        data-label={text.months.year}
        title={formulaIn(figureText, months.formula)}
      >
        {inUnit(months.total)}
      </td>
    </tr>
  );
}
