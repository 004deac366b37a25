import { decimalsOf, roundTo, type ScenarioAdoption, splitByWeights } from '@balanza/model';
import { computed, read } from '../figure.ts';
import { firstSalesGoal, type PlanMetricsInput, planMetrics } from './plan-metrics.ts';
import { boardGrowthOf, isSalesGoal } from './projection.ts';
import { baseBudgetOf, ownRoas } from './sums.ts';
import { suggestedTarget, TARGET_FORMULAS } from './targets.ts';

/**
 * What adopting a scenario writes into the plan ([PLAN-10]), for the model's `adoptScenario`: every goal's
 * target grown by the scenario's growth (the sales goal: the scenario's GMV), every input line's budget (a
 * category budget of the scenario split over its lines by last year's amounts), and every campaign's budget and
 * planned GMV (budget × ROAS). Null when the scenario is not on the board or its GMV cannot be projected.
 */
export function scenarioAdoption(snapshot: PlanMetricsInput, scenarioId: string): ScenarioAdoption | null {
  const scenario = snapshot.scenarios.find((s) => s.id === scenarioId);
  const projection = planMetrics(snapshot).scenarios.find((s) => s.id === scenarioId);
  if (!scenario || !projection?.gmv.ok) return null;
  const currency = snapshot.meta.currency;
  const money = decimalsOf('money', currency);
  const planGrowth = read(scenario.growth);
  const sales = firstSalesGoal(snapshot.goals);
  const goalTargets: Record<string, number> = {};
  for (const goal of snapshot.goals) {
    if (goal.id === sales?.id && isSalesGoal(goal)) {
      goalTargets[goal.id] = projection.gmv.value;
      continue;
    }
    // The scenario's growth for this goal, else the goal's own in the plan, else the scenario's, else the board's.
    const forGoal = read(scenario.goalGrowth?.[goal.id]);
    const own = typeof forGoal === 'number' ? forGoal : read(goal.growth);
    const growth =
      typeof own === 'number'
        ? computed(own, TARGET_FORMULAS.goalGrowth)
        : computed(
            typeof planGrowth === 'number' ? planGrowth : boardGrowthOf(snapshot.plan),
            TARGET_FORMULAS.boardGrowth,
          );
    const target = suggestedTarget(goal, growth, decimalsOf(goal.unit, currency));
    if (target.ok) goalTargets[goal.id] = target.value;
  }

  const lineBudgets: Record<string, number> = {};
  const byCategory = new Map<string, Array<{ id: string; lastYear: number }>>();
  for (const line of snapshot.ledger) {
    if (line.side !== 'input') continue;
    const lastYear = read(line.lastYear);
    const list = byCategory.get(line.category) ?? [];
    list.push({ id: line.id, lastYear: typeof lastYear === 'number' ? lastYear : 0 });
    byCategory.set(line.category, list);
  }
  for (const [category, lines] of byCategory) {
    const budget = projection.budgets[category];
    if (!budget?.ok) continue;
    const parts = splitByWeights(
      Math.max(0, budget.value),
      lines.map((line) => Math.max(0, line.lastYear)),
      money,
    );
    lines.forEach((line, i) => {
      lineBudgets[line.id] = parts[i] as number;
    });
  }

  const eventBudgets: Record<string, number> = {};
  const eventTargets: Record<string, number> = {};
  const assumed = read(scenario.roas);
  const overall = projection.roas.ok ? projection.roas.value : null;
  for (const event of snapshot.events) {
    const override = read(scenario.campaignBudget?.[event.id]);
    const budget = typeof override === 'number' ? override : baseBudgetOf(event);
    const roas = typeof assumed === 'number' ? assumed : (ownRoas(event) ?? overall);
    eventBudgets[event.id] = roundTo(budget, money);
    if (roas !== null) eventTargets[event.id] = roundTo(budget * roas, money);
  }
  return { goalTargets, lineBudgets, eventBudgets, eventTargets };
}
