import { type LedgerLine, MEASURE_COLUMNS, type Measure, type TimelineEvent } from '@balanza/model';
import { type Figure, ratio, read } from '../figure.ts';
import type { PlanMetrics } from './plan-metrics.ts';
import { lineBudget, PLAN_FORMULAS } from './projection.ts';
import type { ScenarioProjection } from './scenarios.ts';

const num = (value: unknown): number | null => {
  const reading = read(value);
  return typeof reading === 'number' ? reading : null;
};

/** One input line's row of the plan ([PLAN-6]): last year's share of turnover, the budget and its change. */
export interface LinePlanFigures {
  shareLastYear: Figure;
  budget: Figure;
  change: Figure;
}

/**
 * The figures of one input line's budget row, as the Plan section, the report and the exports show them:
 * last year's line ÷ last year's turnover, its budget ([PLAN-6]) and (budget − last year) ÷ last year.
 */
export function linePlanFigures(
  line: Pick<LedgerLine, 'budget' | 'lastYear' | 'side'>,
  plan: Pick<PlanMetrics, 'budgetRatio' | 'turnoverLastYear'>,
  currency: string,
): LinePlanFigures {
  const lastYear = num(line.lastYear);
  const budget = lineBudget(line, plan.budgetRatio, currency);
  return {
    shareLastYear: ratio(lastYear, plan.turnoverLastYear.value, PLAN_FORMULAS.shareLastYear),
    budget,
    change:
      budget.ok && lastYear !== null
        ? ratio(budget.value - lastYear, lastYear, PLAN_FORMULAS.budgetChange)
        : ratio(null, lastYear, PLAN_FORMULAS.budgetChange),
  };
}

/** One campaign's row of the plan ([PLAN-7]): last year's ROAS, the budget it plans with and the planned ROAS. */
export interface CampaignPlanFigures {
  lastYearRoas: Figure;
  /** Its own budget, else last year's spend (null: neither). */
  budget: number | null;
  plannedRoas: Figure;
}

export function campaignPlanFigures(
  event: Pick<TimelineEvent, 'budget' | 'lastYearGmv' | 'lastYearSpend' | 'targetGmv'>,
): CampaignPlanFigures {
  const lastGmv = num(event.lastYearGmv);
  const lastSpend = num(event.lastYearSpend);
  const budget = num(event.budget) ?? lastSpend;
  return {
    lastYearRoas: ratio(lastGmv, lastSpend, PLAN_FORMULAS.lastYearRoas),
    budget,
    plannedRoas: ratio(num(event.targetGmv), budget, PLAN_FORMULAS.plannedRoas),
  };
}

/** The campaigns' total ROAS planned: planned GMV ÷ the campaigns' budget. */
export const plannedCampaignRoas = (campaigns: PlanMetrics['campaigns']): Figure =>
  ratio(campaigns.plannedGmv.value, campaigns.budget.value, PLAN_FORMULAS.plannedRoas);

/** How a scenario row's figures read: money, a (signed) rate, or a multiple (ROAS, factors). */
export type ScenarioRowKind = 'money' | 'percent' | 'signed-percent' | 'multiple';

export interface ScenarioRow {
  key:
    | 'growth'
    | 'roas'
    | 'conversionFactor'
    | 'baseGmv'
    | 'campaignBudget'
    | 'campaignGmv'
    | 'gmv'
    | 'spend'
    | 'operatingProfit'
    | 'operatingMargin'
    | 'roi';
  kind: ScenarioRowKind;
  /** The plan's own figure beside the scenarios (a number for the growth rate), or null when it has none. */
  plan: Figure | number | null;
  pick: (projection: ScenarioProjection) => Figure;
}

/**
 * The rows of the scenarios side by side ([PLAN-9]), in the order every view shows them: the ratios used,
 * then base and campaign GMV, GMV, spend, profit, margin and ROI, each with the plan's figure beside it.
 */
export function scenarioRows(metrics: PlanMetrics): ScenarioRow[] {
  const { campaigns } = metrics;
  return [
    { key: 'growth', kind: 'signed-percent', plan: metrics.growth, pick: (p) => p.growth },
    { key: 'roas', kind: 'multiple', plan: campaigns.lastYearRoas, pick: (p) => p.roas },
    { key: 'conversionFactor', kind: 'multiple', plan: null, pick: (p) => p.conversionFactor },
    { key: 'baseGmv', kind: 'money', plan: null, pick: (p) => p.baseGmv },
    { key: 'campaignBudget', kind: 'money', plan: campaigns.budget, pick: (p) => p.campaignBudget },
    { key: 'campaignGmv', kind: 'money', plan: campaigns.plannedGmv, pick: (p) => p.campaignGmv },
    { key: 'gmv', kind: 'money', plan: metrics.turnover, pick: (p) => p.gmv },
    { key: 'spend', kind: 'money', plan: metrics.totalInput, pick: (p) => p.spend },
    { key: 'operatingProfit', kind: 'money', plan: metrics.operatingProfit, pick: (p) => p.operatingProfit },
    { key: 'operatingMargin', kind: 'percent', plan: metrics.operatingMargin, pick: (p) => p.operatingMargin },
    { key: 'roi', kind: 'percent', plan: metrics.roi, pick: (p) => p.roi },
  ];
}

/** The four quarter totals of 12 months ([PLAN-4]): Q1 = January + February + March, and so on. */
export const quarterTotals = (months: readonly number[]): number[] =>
  [0, 1, 2, 3].map((quarter) => months.slice(quarter * 3, quarter * 3 + 3).reduce((sum, value) => sum + value, 0));

/**
 * The plan's items ([PLAN-8], [PLAN-18]): the measures shown to everyone (a private card only once revealed) in
 * keep → change → add order, each column in its own order, and how many are done.
 */
export function planItemsOf<T extends Pick<Measure, 'hidden' | 'column' | 'order' | 'status'>>(
  measures: readonly T[],
): { items: T[]; done: number } {
  const items = measures
    .filter((measure) => !measure.hidden)
    .sort(
      (a, b) =>
        MEASURE_COLUMNS.indexOf(a.column) - MEASURE_COLUMNS.indexOf(b.column) ||
        (a.order < b.order ? -1 : a.order > b.order ? 1 : 0),
    );
  return { items, done: items.filter((item) => item.status === 'done').length };
}
