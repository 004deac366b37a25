import { type BoardSnapshot, decimalsOf, type Goal, type LedgerLine, roundTo } from '@balanza/model';
import { computed, difference, type Figure, notComputable, ratio, read } from '../figure.ts';
import type { PlanSums } from './sums.ts';
import { type GoalPlanFigures, goalPlanFigures, storedFigure } from './targets.ts';

export const PLAN_FORMULAS = {
  turnoverFromSales: "the sales goal's target",
  turnoverFromLedger: "last year's turnover × (1 + growth)",
  turnoverLastYear: "sum of last year's output lines",
  budgetRatio: "planned turnover ÷ last year's turnover",
  suggestedBudget:
    "last year's cost share × planned turnover = last year's line ÷ last year's turnover × planned turnover",
  categoryBudget: "budgets set + last year's cost share × planned turnover for the lines without one",
  totalInput: 'sum of the input budgets',
  operatingProfit: 'planned turnover − total input',
  operatingMargin: 'operating profit ÷ planned turnover',
  roi: '(planned turnover − total input) ÷ total input',
  plannedGmv: "sum of the campaigns' planned GMV",
  campaignBudget: "sum of the campaigns' budgets (last year's spend where blank)",
  lastYearRoas: "last year's campaign GMV ÷ last year's campaign spend",
  plannedRoas: 'planned GMV ÷ budget',
  shareLastYear: "last year's line ÷ last year's turnover",
  budgetChange: '(budget − last year) ÷ last year',
  budgetSet: 'budget set',
  scenarioBudget: 'budget of the scenario',
} as const;

type PlanInput = Pick<BoardSnapshot, 'meta' | 'plan'>;

/** The board growth, or 0 when a peer wrote something that is not one (the plan's reader flags it). */
export const boardGrowthOf = (plan: PlanInput['plan']): number => {
  const growth = read(plan?.growth);
  return typeof growth === 'number' ? growth : 0;
};

/** Last year's turnover: the output lines' last year, else the sales goal's. */
export function turnoverLastYear(sums: PlanSums, sales: Pick<Goal, 'lastYear'> | null): Figure {
  if (sums.turnoverLastYearFilled > 0) return computed(sums.turnoverLastYear, PLAN_FORMULAS.turnoverLastYear);
  const fromGoal = read(sales?.lastYear);
  return typeof fromGoal === 'number'
    ? computed(fromGoal, PLAN_FORMULAS.turnoverLastYear)
    : notComputable(PLAN_FORMULAS.turnoverLastYear, fromGoal === 'invalid' ? 'invalid-value' : 'missing-value');
}

/** The plan's turnover ([PLAN-6]): the sales goal's target, else last year's turnover grown by the board's growth. */
export function plannedTurnover(
  sales: GoalPlanFigures | null,
  lastYear: Figure,
  growth: number,
  decimals: number,
): Figure {
  if (sales?.target.ok) return computed(sales.target.value, PLAN_FORMULAS.turnoverFromSales);
  if (!lastYear.ok) return notComputable(PLAN_FORMULAS.turnoverFromLedger, lastYear.reason);
  return computed(roundTo(lastYear.value * (1 + growth), decimals), PLAN_FORMULAS.turnoverFromLedger);
}

/** The first goal of kind `sales` in money: the one whose target is the plan's turnover. */
export const isSalesGoal = (goal: Pick<Goal, 'kind' | 'unit'>) => goal.kind === 'sales' && goal.unit === 'money';

/** The plan's money figures: turnover, input by category, profit, margin and ROI ([PLAN-6]). */
export interface PlanProjection {
  turnoverLastYear: Figure;
  turnover: Figure;
  /** planned turnover ÷ last year's turnover: what every suggested budget is last year's line times. */
  budgetRatio: Figure;
  /** Per input category: the budgets set plus the suggested ones. */
  budgets: Record<string, Figure>;
  totalInput: Figure;
  operatingProfit: Figure;
  operatingMargin: Figure;
  roi: Figure;
}

/**
 * Input budgets at a turnover: per category the budgets set plus last year's share of the lines without one,
 * from the sums alone (a suggestion is linear in the turnover), so an assumption edit costs nothing per line.
 */
export function inputBudgets(
  sums: PlanSums,
  ratioFigure: Figure,
  overrides: Record<string, number> = {},
): { budgets: Record<string, Figure>; total: Figure } {
  // A category is there while it has a line (a removed line leaves a zero behind in the running sums).
  const withLines = Object.keys(sums.inputLines).filter((category) => (sums.inputLines[category] ?? 0) > 0);
  const categories = new Set([...withLines, ...Object.keys(overrides)]);
  const budgets: Record<string, Figure> = {};
  let sum = 0;
  let missing: Figure | null = null;
  for (const category of [...categories].sort()) {
    const override = overrides[category];
    const unbudgeted = sums.unbudgetedLastYear[category] ?? 0;
    let figure: Figure;
    if (override !== undefined) figure = computed(override, PLAN_FORMULAS.scenarioBudget);
    else if (unbudgeted !== 0 && !ratioFigure.ok)
      figure = notComputable(PLAN_FORMULAS.categoryBudget, ratioFigure.reason);
    else
      figure = computed(
        (sums.budgetSet[category] ?? 0) + unbudgeted * (ratioFigure.value ?? 0),
        PLAN_FORMULAS.categoryBudget,
      );
    budgets[category] = figure;
    if (figure.ok) sum += figure.value;
    else missing ??= figure;
  }
  const total = missing
    ? notComputable(PLAN_FORMULAS.totalInput, missing.reason)
    : categories.size === 0
      ? notComputable(PLAN_FORMULAS.totalInput, 'missing-value')
      : computed(sum, PLAN_FORMULAS.totalInput);
  return { budgets, total };
}

/** Profit, margin and ROI of a turnover and an input ([PLAN-6]). */
export function moneyFigures(turnover: Figure, input: Figure) {
  const f = PLAN_FORMULAS;
  const operatingProfit = difference(turnover.value, input.value, f.operatingProfit, [
    'missing-value',
    'missing-value',
  ]);
  return {
    operatingProfit,
    operatingMargin: ratio(operatingProfit.value, turnover.value, f.operatingMargin),
    roi: ratio(operatingProfit.value, input.value, f.roi),
  };
}

/** The plan's projection from the sums and the sales goal. */
export function planProjection(
  sums: PlanSums,
  salesGoal: Goal | null,
  snapshot: PlanInput,
): PlanProjection & { sales: GoalPlanFigures | null } {
  const growth = boardGrowthOf(snapshot.plan);
  const currency = snapshot.meta.currency;
  const sales = salesGoal ? goalPlanFigures(salesGoal, growth, currency) : null;
  const lastYear = turnoverLastYear(sums, salesGoal);
  const turnover = plannedTurnover(sales, lastYear, growth, decimalsOf('money', currency));
  const budgetRatio = ratio(turnover.value, lastYear.value, PLAN_FORMULAS.budgetRatio);
  const { budgets, total } = inputBudgets(sums, budgetRatio);
  return {
    sales,
    turnoverLastYear: lastYear,
    turnover,
    budgetRatio,
    budgets,
    totalInput: total,
    ...moneyFigures(turnover, total),
  };
}

/** The budget shown for one input line ([PLAN-6]): its own, else last year's cost share × the planned turnover. */
export function lineBudget(
  line: Pick<LedgerLine, 'budget' | 'lastYear' | 'side'>,
  budgetRatio: Figure,
  currency: string,
): Figure {
  const own = storedFigure(line.budget, PLAN_FORMULAS.budgetSet);
  if (own) return own;
  const lastYear = read(line.lastYear);
  if (line.side !== 'input') return notComputable(PLAN_FORMULAS.suggestedBudget, 'missing-value');
  if (typeof lastYear !== 'number')
    return notComputable(PLAN_FORMULAS.suggestedBudget, lastYear === null ? 'missing-value' : 'invalid-value');
  if (!budgetRatio.ok) return notComputable(PLAN_FORMULAS.suggestedBudget, budgetRatio.reason);
  return computed(roundTo(lastYear * budgetRatio.value, decimalsOf('money', currency)), PLAN_FORMULAS.suggestedBudget);
}
