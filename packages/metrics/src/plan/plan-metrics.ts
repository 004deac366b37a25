import type { BoardSnapshot, Goal } from '@balanza/model';
import { computed, type Figure, notComputable, ratio } from '../figure.ts';
import { isSalesGoal, PLAN_FORMULAS, type PlanProjection, planProjection } from './projection.ts';
import { type CampaignBase, campaignBase, type ScenarioProjection, scenarioProjection } from './scenarios.ts';
import { type SeasonalityProfile, seasonalityProfile } from './seasonality.ts';
import { addEvent, addLine, emptyPlanSums, type PlanSums } from './sums.ts';
import { type GoalMonths, type GoalPlanFigures, goalMonths } from './targets.ts';
import { type PlanTracking, planTracking } from './tracking.ts';

/** The parts of a snapshot the plan reads. */
export type PlanMetricsInput = Pick<BoardSnapshot, 'meta' | 'plan' | 'goals' | 'ledger' | 'events' | 'scenarios'>;

/** Campaign totals of the plan. */
export interface PlanCampaigns {
  plannedGmv: Figure;
  budget: Figure;
  lastYearGmv: Figure;
  lastYearRoas: Figure;
}

/**
 * Everything the Plan section derives from a board ([PLAN-5]…[PLAN-10], [PLAN-13]). Per-goal targets and
 * months, and per-line budgets, are per-row functions (`goalPlanFigures`, `goalMonths`, `lineBudget`) the UI
 * calls for the rows it shows; this holds what depends on the whole board.
 */
export interface PlanMetrics extends PlanProjection {
  growth: number;
  profile: SeasonalityProfile;
  /** The goal whose target is the plan's turnover, with its plan figures and months. */
  sales: GoalPlanFigures | null;
  salesMonths: GoalMonths | null;
  campaigns: PlanCampaigns;
  scenarios: ScenarioProjection[];
  adoptedScenarioId: string | null;
  tracking: PlanTracking;
}

export const firstSalesGoal = (goals: readonly Goal[]): Goal | null => goals.find(isSalesGoal) ?? null;

/**
 * The parts of the plan that cost more than a few operations, passed in so the tracker can reuse the ones
 * whose inputs did not change; `planMetrics` computes them all.
 */
export interface PlanParts {
  profile(sums: PlanSums): SeasonalityProfile;
  months(goal: Goal, target: Figure, profile: SeasonalityProfile, currency: string): GoalMonths | null;
  scenario(scenario: BoardSnapshot['scenarios'][number]): ScenarioProjection;
  tracking(months: GoalMonths | null, sums: PlanSums): PlanTracking;
}

const freshParts = (
  sums: PlanSums,
  campaigns: CampaignBase,
  salesGoal: Goal | null,
  snapshot: Pick<PlanMetricsInput, 'meta' | 'plan'>,
): PlanParts => ({
  profile: seasonalityProfile,
  months: (goal, target, profile, currency) => goalMonths(goal, target, profile.shares, currency),
  scenario: (scenario) => scenarioProjection(scenario, sums, campaigns, salesGoal, snapshot),
  tracking: (months, all) => planTracking(months?.months ?? null, all),
});

/** The plan's figures from its sums: shared by `planMetrics` and the incremental tracker, so both agree. */
export function planFromSums(
  sums: PlanSums,
  campaigns: CampaignBase,
  salesGoal: Goal | null,
  snapshot: Pick<PlanMetricsInput, 'meta' | 'plan' | 'scenarios'>,
  parts: PlanParts = freshParts(sums, campaigns, salesGoal, snapshot),
): PlanMetrics {
  const projection = planProjection(sums, salesGoal, snapshot);
  const profile = parts.profile(sums);
  const salesMonths =
    salesGoal && projection.sales
      ? parts.months(salesGoal, projection.sales.target, profile, snapshot.meta.currency)
      : null;
  const money = (value: number, filled: number, formula: string) =>
    filled > 0 ? computed(value, formula) : notComputable(formula, 'missing-value');
  return {
    ...projection,
    growth: typeof snapshot.plan?.growth === 'number' ? snapshot.plan.growth : 0,
    profile,
    salesMonths,
    campaigns: {
      plannedGmv: money(sums.plannedGmv, sums.plannedGmvFilled, PLAN_FORMULAS.plannedGmv),
      budget: money(sums.baseBudget, sums.events, PLAN_FORMULAS.campaignBudget),
      lastYearGmv: money(sums.campaignLastYearGmv, sums.events, 'sum of last year’s campaign GMV'),
      lastYearRoas: ratio(sums.roasGmv, sums.roasSpend, PLAN_FORMULAS.lastYearRoas),
    },
    scenarios: snapshot.scenarios.map(parts.scenario),
    adoptedScenarioId: snapshot.plan?.adoptedScenarioId ?? null,
    tracking: parts.tracking(salesMonths, sums),
  };
}

/**
 * All plan figures of a board, from scratch. For a live board prefer `createPlanTracker`, which gives the
 * same result and recomputes only what an edit touched.
 *
 * @example planMetrics(readBoard(doc)).operatingMargin
 */
export function planMetrics(snapshot: PlanMetricsInput): PlanMetrics {
  const sums = emptyPlanSums();
  const campaigns: CampaignBase = new Map();
  for (const line of snapshot.ledger) addLine(sums, line, 1);
  for (const event of snapshot.events) {
    addEvent(sums, event, 1);
    campaigns.set(event.id, campaignBase(event));
  }
  return planFromSums(sums, campaigns, firstSalesGoal(snapshot.goals), snapshot);
}
