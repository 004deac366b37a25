import { type BoardSnapshot, decimalsOf, type Goal, roundTo, type Scenario, type TimelineEvent } from '@balanza/model';
import { computed, type Figure, notComputable, ratio, read } from '../figure.ts';
import { boardGrowthOf, inputBudgets, moneyFigures, PLAN_FORMULAS, turnoverLastYear } from './projection.ts';
import { baseBudgetOf, ownRoas, type PlanSums } from './sums.ts';

export const SCENARIO_FORMULAS = {
  growthOwn: "the scenario's growth",
  growthPlan: "the plan's growth",
  growthGoal: "the scenario's growth for the sales goal",
  roasAssumed: "the scenario's assumed ROAS",
  roasLastYear: "each campaign's last-year ROAS (last year's GMV ÷ spend), else last year's overall ROAS",
  conversionAssumed: "assumed conversion ÷ last year's conversion (visitors and order value held)",
  conversionSame: "last year's conversion (factor 1)",
  baseGmv: "(last year's turnover − last year's campaign GMV) × (1 + growth) × conversion factor",
  campaignGmv: 'sum of campaign budget × ROAS',
  gmv: 'base GMV + campaign GMV',
  campaignBudget: "sum of the campaigns' budgets in the scenario",
  spend: "sum of the input budgets (marketing at least the campaigns' budgets)",
} as const;

/** One scenario's projection ([PLAN-9]): every figure with the ratio and formula it used. */
export interface ScenarioProjection {
  id: string;
  name: string;
  growth: Figure;
  roas: Figure;
  conversionFactor: Figure;
  baseGmv: Figure;
  campaignBudget: Figure;
  campaignGmv: Figure;
  gmv: Figure;
  spend: Figure;
  operatingProfit: Figure;
  operatingMargin: Figure;
  roi: Figure;
  budgets: Record<string, Figure>;
}

type PlanInput = Pick<BoardSnapshot, 'meta' | 'plan'>;
const num = (value: unknown): number | null => {
  const reading = read(value);
  return typeof reading === 'number' ? reading : null;
};

/** Per-campaign facts a scenario override replaces: its base budget and its own last-year ROAS. */
export type CampaignBase = Map<string, { budget: number; roas: number | null }>;
export const campaignBase = (event: TimelineEvent) => ({ budget: baseBudgetOf(event), roas: ownRoas(event) });

/**
 * A scenario's projected GMV, spend, margin and ROI ([PLAN-9]). Campaign GMV = budget × ROAS (the scenario's
 * ROAS, else each campaign's last-year one, else last year's overall); the rest of the turnover is last year's
 * grown by the scenario's growth and scaled by its conversion against last year's. Input budgets are the
 * scenario's per category, else the plan's at the scenario's GMV; marketing holds at least the campaigns' budgets.
 * Costs O(overrides): the sums stand for every campaign and line without one.
 */
export function scenarioProjection(
  scenario: Scenario,
  sums: PlanSums,
  campaigns: CampaignBase,
  sales: Goal | null,
  snapshot: PlanInput,
): ScenarioProjection {
  const f = SCENARIO_FORMULAS;
  const planGrowth = boardGrowthOf(snapshot.plan);
  const own = num(scenario.growth);
  const forSales = sales ? num(scenario.goalGrowth?.[sales.id]) : null;
  const growth =
    forSales !== null
      ? computed(forSales, f.growthGoal)
      : own !== null
        ? computed(own, f.growthOwn)
        : computed(planGrowth, f.growthPlan);
  const overallRoas = sums.roasSpend > 0 ? sums.roasGmv / sums.roasSpend : null;
  const assumedRoas = num(scenario.roas);
  const roas =
    assumedRoas !== null
      ? computed(assumedRoas, f.roasAssumed)
      : overallRoas !== null || sums.budgetWithoutOwnRoas === 0
        ? computed(overallRoas ?? 0, f.roasLastYear)
        : notComputable(f.roasLastYear, 'missing-value');
  const assumedConversion = num(scenario.conversion);
  const lastConversion = num(snapshot.plan?.conversion);
  const conversionFactor =
    assumedConversion !== null && lastConversion !== null
      ? ratio(assumedConversion, lastConversion, f.conversionAssumed)
      : computed(1, f.conversionSame);

  // Campaigns: the sums for all, corrected for the ones the scenario budgets itself.
  let budget = sums.baseBudget;
  let gmvOwn = sums.budgetTimesOwnRoas;
  let gmvOverall = sums.budgetWithoutOwnRoas;
  for (const [id, value] of Object.entries(scenario.campaignBudget ?? {})) {
    const base = campaigns.get(id);
    const next = num(value);
    if (!base || next === null) continue;
    budget += next - base.budget;
    if (base.roas === null) gmvOverall += next - base.budget;
    else gmvOwn += (next - base.budget) * base.roas;
  }
  const campaignBudget = computed(budget, f.campaignBudget);
  const campaignGmv =
    assumedRoas !== null
      ? computed(budget * assumedRoas, f.campaignGmv)
      : roas.ok
        ? computed(gmvOwn + gmvOverall * roas.value, f.campaignGmv)
        : notComputable(f.campaignGmv, roas.reason);

  const lastYear = turnoverLastYear(sums, sales);
  const baseGmv =
    lastYear.ok && conversionFactor.ok
      ? computed(
          Math.max(0, lastYear.value - sums.campaignLastYearGmv) * (1 + (growth.value ?? 0)) * conversionFactor.value,
          f.baseGmv,
        )
      : notComputable(f.baseGmv, lastYear.ok ? 'invalid-value' : lastYear.reason);
  const money = decimalsOf('money', snapshot.meta.currency);
  const broken = [baseGmv, campaignGmv].find((part) => !part.ok);
  const gmv =
    broken || !baseGmv.ok || !campaignGmv.ok
      ? notComputable(f.gmv, broken?.ok === false ? broken.reason : 'invalid-value')
      : computed(roundTo(baseGmv.value + campaignGmv.value, money), f.gmv);

  const budgetRatio = ratio(gmv.value, lastYear.value, PLAN_FORMULAS.budgetRatio);
  const overrides: Record<string, number> = {};
  for (const [category, value] of Object.entries(scenario.categoryBudget ?? {})) {
    const checked = num(value);
    if (checked !== null) overrides[category] = checked;
  }
  const planned = inputBudgets(sums, budgetRatio, overrides);
  const marketing = planned.budgets.marketing;
  let spend = planned.total;
  if (overrides.marketing === undefined && marketing?.ok && spend.ok && marketing.value < budget) {
    // Campaign budgets are marketing money: a scenario that spends more on campaigns spends more in all.
    planned.budgets.marketing = computed(budget, SCENARIO_FORMULAS.campaignBudget);
    spend = computed(spend.value + budget - marketing.value, f.spend);
  } else if (spend.ok) spend = computed(spend.value, f.spend);
  return {
    id: scenario.id,
    name: scenario.name,
    growth,
    roas,
    conversionFactor,
    baseGmv,
    campaignBudget,
    campaignGmv,
    gmv,
    spend,
    ...moneyFigures(gmv, spend),
    budgets: planned.budgets,
  };
}
