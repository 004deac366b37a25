import type { BoardSnapshot } from '@balanza/model';
import { type CampaignsMetrics, campaignsMetrics } from './campaigns.ts';
import { type GoalFigures, type GoalsSummary, goalFigures } from './goals.ts';
import { type LedgerMetrics, ledgerMetrics, type OutcomeMetrics, outcomeMetrics } from './ledger.ts';

/** One goal's figures, with what the dashboard needs to name it. */
export interface GoalMetrics extends GoalFigures {
  id: string;
  label: string;
  unit: BoardSnapshot['goals'][number]['unit'];
}

export interface GoalsMetrics {
  items: GoalMetrics[];
  summary: GoalsSummary;
}

/** Everything the review derives from a board: what the dashboard shows and `GET /api/boards/:id/metrics` returns. */
export interface ReviewMetrics {
  threshold: number;
  goals: GoalsMetrics;
  ledger: LedgerMetrics;
  outcomes: OutcomeMetrics[];
  campaigns: CampaignsMetrics;
}

/** The parts of a snapshot the metrics read. */
export type MetricsInput = Pick<BoardSnapshot, 'meta' | 'goals' | 'ledger' | 'outcomes' | 'events'>;

export const goalMetrics = (goal: BoardSnapshot['goals'][number], threshold: number): GoalMetrics => ({
  id: goal.id,
  label: goal.label,
  unit: goal.unit,
  ...goalFigures(goal, threshold),
});

/** A threshold a peer may have written wrongly reads as 100 %. */
export const thresholdOf = (meta: MetricsInput['meta']): number =>
  typeof meta.highlightThreshold === 'number' && Number.isFinite(meta.highlightThreshold) ? meta.highlightThreshold : 1;

/**
 * All review metrics of a board, computed from scratch. For a live board prefer `createMetricsTracker`,
 * which recomputes only what an edit touched and gives the same result.
 *
 * @example const metrics = reviewMetrics(readBoard(doc)); metrics.ledger.totals.roi
 */
export function reviewMetrics(snapshot: MetricsInput): ReviewMetrics {
  const threshold = thresholdOf(snapshot.meta);
  const summary: GoalsSummary = { hit: 0, missed: 0, unfilled: 0, total: snapshot.goals.length };
  const items = snapshot.goals.map((goal) => {
    const metrics = goalMetrics(goal, threshold);
    summary[metrics.status] += 1;
    return metrics;
  });
  return {
    threshold,
    goals: { items, summary },
    ledger: ledgerMetrics(snapshot.ledger),
    outcomes: snapshot.outcomes.map(outcomeMetrics),
    campaigns: campaignsMetrics(snapshot.events, threshold),
  };
}
