import type { BoardSnapshot, LedgerLine, TimelineEvent } from '@balanza/model';
import type { Figure } from '../figure.ts';
import { KeyedCache } from '../keyed-cache.ts';
import {
  firstSalesGoal,
  type PlanMetrics,
  type PlanMetricsInput,
  type PlanParts,
  planFromSums,
} from './plan-metrics.ts';
import { type CampaignBase, campaignBase, type ScenarioProjection, scenarioProjection } from './scenarios.ts';
import { seasonalityProfile } from './seasonality.ts';
import { addEvent, addLine, emptyPlanSums } from './sums.ts';
import { goalMonths } from './targets.ts';
import { planTracking } from './tracking.ts';

/** Remembers the last result of `compute` and the inputs it was made from (compared by identity). */
function lastOf<R>() {
  let keys: unknown[] = [];
  let result: R | undefined;
  return (now: unknown[], compute: () => R): R => {
    if (result !== undefined && now.length === keys.length && now.every((key, i) => key === keys[i])) return result;
    keys = now;
    result = compute();
    return result;
  };
}

/**
 * Plan metrics kept up to date edit by edit ([PLAN-14]). Lines and campaigns add their share to running sums
 * once and take it back when their snapshot object changes (the board store keeps unchanged items' identity);
 * every projection is then made from the sums, so an assumption edit — the board's growth, a scenario's ROAS,
 * a budget — costs the same on a board of ten lines as on one of thousands. Equals `planMetrics(snapshot)` up
 * to floating rounding in the sums.
 *
 * @example
 * const tracker = createPlanTracker();
 * store.subscribe(() => render(tracker.update(store.getSnapshot())));
 */
export interface PlanTracker {
  update(snapshot: PlanMetricsInput): PlanMetrics;
}

export function createPlanTracker(): PlanTracker {
  let sums = emptyPlanSums();
  const campaigns: CampaignBase = new Map();
  const lines = new KeyedCache<LedgerLine, LedgerLine>();
  const events = new KeyedCache<TimelineEvent, TimelineEvent>();
  const seen: { ledger: unknown; events: unknown; goals: unknown } = { ledger: null, events: null, goals: null };
  let sales: BoardSnapshot['goals'][number] | null = null;
  let last: { input: PlanMetricsInput; result: PlanMetrics } | null = null;

  // `version` moves whenever the sums do; with the items the parts read, it says whether a part is stale.
  let version = 0;
  const profile = lastOf<ReturnType<typeof seasonalityProfile>>();
  const months = lastOf<ReturnType<typeof goalMonths>>();
  const tracking = lastOf<ReturnType<typeof planTracking>>();
  const scenarios = new Map<string, ReturnType<typeof lastOf<ScenarioProjection>>>();
  const parts = (snapshot: PlanMetricsInput): PlanParts => ({
    profile: (all) => profile([version], () => seasonalityProfile(all)),
    months: (goal, target: Figure, shape, currency) =>
      months([goal, target.value, shape, currency], () => goalMonths(goal, target, shape.shares, currency)),
    scenario: (scenario) => {
      const memo = scenarios.get(scenario.id) ?? lastOf<ScenarioProjection>();
      scenarios.set(scenario.id, memo);
      return memo([scenario, version, sales, snapshot.plan, snapshot.meta], () =>
        scenarioProjection(scenario, sums, campaigns, sales, snapshot),
      );
    },
    tracking: (shown, all) => tracking([shown, version], () => planTracking(shown?.months ?? null, all)),
  });

  const resum = (snapshot: PlanMetricsInput) => {
    sums = emptyPlanSums();
    for (const line of snapshot.ledger) addLine(sums, line, 1);
    for (const event of snapshot.events) addEvent(sums, event, 1);
  };

  return {
    update(snapshot) {
      const previous = last?.input;
      if (
        previous &&
        previous.meta === snapshot.meta &&
        previous.plan === snapshot.plan &&
        previous.scenarios === snapshot.scenarios &&
        previous.goals === snapshot.goals &&
        previous.ledger === snapshot.ledger &&
        previous.events === snapshot.events
      )
        return (last as { result: PlanMetrics }).result;
      if (seen.ledger !== snapshot.ledger) {
        lines.map(
          snapshot.ledger,
          (line) => line,
          (old, next) => {
            if (old) addLine(sums, old.item, -1);
            if (next) addLine(sums, next.item, 1);
          },
        );
        seen.ledger = snapshot.ledger;
        version++;
      }
      if (seen.events !== snapshot.events) {
        events.map(
          snapshot.events,
          (event) => event,
          (old, next) => {
            if (old) {
              addEvent(sums, old.item, -1);
              campaigns.delete(old.item.id);
            }
            if (next) {
              addEvent(sums, next.item, 1);
              campaigns.set(next.item.id, campaignBase(next.item));
            }
          },
        );
        seen.events = snapshot.events;
        version++;
      }
      // A sum that overflowed cannot be corrected by subtraction: add everything up again.
      if (!Number.isFinite(sums.turnoverLastYear + sums.baseBudget + sums.budgetTimesOwnRoas)) {
        resum(snapshot);
        version++;
      }
      if (seen.goals !== snapshot.goals) {
        sales = firstSalesGoal(snapshot.goals);
        seen.goals = snapshot.goals;
      }
      const result = planFromSums(sums, campaigns, sales, snapshot, parts(snapshot));
      last = { input: snapshot, result };
      return result;
    },
  };
}
