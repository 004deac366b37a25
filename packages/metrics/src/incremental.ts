import type { BoardSnapshot, LedgerLine } from '@balanza/model';
import {
  addCampaign,
  type CampaignMetrics,
  type CampaignsMetrics,
  campaignMetrics,
  campaignTotals,
  emptyCampaignSums,
} from './campaigns.ts';
import type { GoalsSummary } from './goals.ts';
import { KeyedCache } from './keyed-cache.ts';
import {
  addToSums,
  emptySums,
  type LedgerLineFigures,
  type LedgerLineMetrics,
  type LedgerMetrics,
  ledgerLineFigures,
  ledgerTotals,
  type OutcomeMetrics,
  outcomeMetrics,
  type SideSums,
  shareOf,
  topMovers,
} from './ledger.ts';
import {
  type GoalMetrics,
  type GoalsMetrics,
  goalMetrics,
  type MetricsInput,
  type ReviewMetrics,
  thresholdOf,
} from './review.ts';

type Goal = BoardSnapshot['goals'][number];
type TimelineEvent = BoardSnapshot['events'][number];

/**
 * Review metrics kept up to date edit by edit ([METRICS-9]). Each `update(snapshot)` recomputes only
 * the items whose object changed since the last call (the board store keeps unchanged items' identity)
 * and adjusts running totals, so one edit on a board of thousands of lines costs microseconds.
 * The result equals `reviewMetrics(snapshot)` (sums up to floating rounding).
 *
 * @example
 * const tracker = createMetricsTracker();
 * store.subscribe(() => render(tracker.update(store.getSnapshot())));
 */
export interface MetricsTracker {
  update(snapshot: MetricsInput): ReviewMetrics;
}

export function createMetricsTracker(): MetricsTracker {
  const goals = goalsTracker();
  const ledger = ledgerTracker();
  const outcomes = new KeyedCache<BoardSnapshot['outcomes'][number], OutcomeMetrics>();
  const campaigns = campaignsTracker();
  let last: { input: MetricsInput; threshold: number; result: ReviewMetrics } | null = null;
  let lastOutcomes: { list: MetricsInput['outcomes']; result: OutcomeMetrics[] } | null = null;

  return {
    update(snapshot) {
      const threshold = thresholdOf(snapshot.meta);
      const { input } = last ?? {};
      if (input && last && last.threshold === threshold) {
        const same =
          input.goals === snapshot.goals &&
          input.ledger === snapshot.ledger &&
          input.outcomes === snapshot.outcomes &&
          input.events === snapshot.events;
        if (same) return last.result;
      }
      if (lastOutcomes?.list !== snapshot.outcomes)
        lastOutcomes = { list: snapshot.outcomes, result: outcomes.map(snapshot.outcomes, outcomeMetrics) };
      const result: ReviewMetrics = {
        threshold,
        goals: goals(snapshot.goals, threshold),
        ledger: ledger(snapshot.ledger),
        outcomes: lastOutcomes.result,
        campaigns: campaigns(snapshot.events, threshold),
      };
      last = { input: snapshot, threshold, result };
      return result;
    },
  };
}

/** Goals: per-goal figures, and the hit/missed/unfilled counts kept as running totals. */
function goalsTracker() {
  const cache = new KeyedCache<Goal, GoalMetrics>();
  const summary: Omit<GoalsSummary, 'total'> = { hit: 0, missed: 0, unfilled: 0 };
  let previous: { list: readonly Goal[]; threshold: number; result: GoalsMetrics } | null = null;
  return (list: readonly Goal[], threshold: number): GoalsMetrics => {
    if (previous && previous.list === list && previous.threshold === threshold) return previous.result;
    if (previous && previous.threshold !== threshold) {
      // Every status depends on the threshold: start over.
      cache.clear();
      summary.hit = summary.missed = summary.unfilled = 0;
    }
    const items = cache.map(
      list,
      (goal) => goalMetrics(goal, threshold),
      (old, next) => {
        if (old) summary[old.result.status] -= 1;
        if (next) summary[next.result.status] += 1;
      },
    );
    const result = { items, summary: { ...summary, total: list.length } };
    previous = { list, threshold, result };
    return result;
  };
}

/** Ledger: per-line figures, side sums as running totals, shares rebuilt only when turnover changes. */
function ledgerTracker() {
  const cache = new KeyedCache<LedgerLine, LedgerLineFigures>();
  const sums = { input: emptySums(), output: emptySums() };
  const sideOf = (line: LedgerLine): SideSums => (line.side === 'output' ? sums.output : sums.input);
  let withShare = new WeakMap<LedgerLineFigures, LedgerLineMetrics>();
  let turnover: number | null = null;
  let previous: { list: readonly LedgerLine[]; result: LedgerMetrics } | null = null;

  const resum = () => {
    sums.input = emptySums();
    sums.output = emptySums();
    for (const { item } of cache.values()) addToSums(sideOf(item), item, 1);
  };

  return (list: readonly LedgerLine[]): LedgerMetrics => {
    if (previous?.list === list) return previous.result;
    const figures = cache.map(list, ledgerLineFigures, (old, next) => {
      if (old) addToSums(sideOf(old.item), old.item, -1);
      if (next) addToSums(sideOf(next.item), next.item, 1);
    });
    // A sum that overflowed cannot be corrected by subtraction: add the lines up again.
    if (![sums.input, sums.output].every((s) => Number.isFinite(s.amount) && Number.isFinite(s.lastYear))) resum();
    const totals = ledgerTotals(sums.input, sums.output);
    if (totals.output.value !== turnover) {
      turnover = totals.output.value;
      withShare = new WeakMap();
    }
    const lines = figures.map((line) => {
      let metrics = withShare.get(line);
      if (!metrics) {
        metrics = { ...line, share: shareOf(line, totals.output) };
        withShare.set(line, metrics);
      }
      return metrics;
    });
    const result = { lines, totals, movers: topMovers(lines) };
    previous = { list, result };
    return result;
  };
}

/** Campaigns: per-event figures and the GMV, spend and hit sums as running totals. */
function campaignsTracker() {
  const cache = new KeyedCache<TimelineEvent, CampaignMetrics>();
  let sums = emptyCampaignSums();
  let previous: { list: readonly TimelineEvent[]; threshold: number; result: CampaignsMetrics } | null = null;
  return (list: readonly TimelineEvent[], threshold: number): CampaignsMetrics => {
    if (previous && previous.list === list && previous.threshold === threshold) return previous.result;
    if (previous && previous.threshold !== threshold) {
      cache.clear();
      sums = emptyCampaignSums();
    }
    const items = cache.map(
      list,
      (event) => campaignMetrics(event, threshold),
      (old, next) => {
        if (old) addCampaign(sums, old.item, old.result, -1);
        if (next) addCampaign(sums, next.item, next.result, 1);
      },
    );
    const result = { items, totals: campaignTotals(sums, list.length) };
    previous = { list, threshold, result };
    return result;
  };
}
