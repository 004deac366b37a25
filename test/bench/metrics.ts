import { createMetricsTracker, reviewMetrics } from '@balanza/metrics';
import { addGoal, addLedgerLine, createBoardStore, initBoard, updateGoal, updateLedgerLine } from '@balanza/model';
import * as Y from 'yjs';
import { ms, percentile } from './stats.ts';

export interface MetricsBenchResult {
  goals: number;
  lines: number;
  /** `reviewMetrics(snapshot)` from scratch, median. */
  full: number;
  /** `tracker.update(snapshot)` after one edit (a goal's actual or a cost line), median and p95. */
  oneEdit: number;
  oneEditP95: number;
}

/**
 * Metrics of a large board: a full recompute against the incremental tracker after one edit. Only the
 * metrics are timed — the edit and the board store's own re-read happen before the clock starts.
 */
export function measureMetrics(size: number, rounds = 300): MetricsBenchResult {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Bench', reviewedYear: 2026 });
  doc.transact(() => {
    for (let i = 0; i < size; i++) {
      addGoal(doc, { label: `Goal ${i}`, target: 1000 + i, actual: 900 + ((i * 37) % 300), lastYear: 800 + i });
      addLedgerLine(doc, { side: i % 10 === 0 ? 'output' : 'input', amount: 500 + i, lastYear: 450 + ((i * 13) % 90) });
    }
  });
  const store = createBoardStore(doc);
  const snapshot = store.getSnapshot();
  const tracker = createMetricsTracker();
  tracker.update(snapshot);

  const full: number[] = [];
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    reviewMetrics(snapshot);
    full.push(performance.now() - started);
  }

  const goals = snapshot.goals;
  const costs = snapshot.ledger.filter((line) => line.side === 'input');
  const edits: number[] = [];
  for (let i = 0; i < rounds + 30; i++) {
    // Alternate a goal edit and a cost edit, on different items each time.
    if (i % 2 === 0) updateGoal(doc, (goals[(i * 7) % goals.length] as { id: string }).id, { actual: i });
    else updateLedgerLine(doc, (costs[(i * 11) % costs.length] as { id: string }).id, { amount: 1000 + i });
    const next = store.getSnapshot();
    const started = performance.now();
    tracker.update(next);
    if (i >= 30) edits.push(performance.now() - started);
  }
  store.destroy();
  return {
    goals: goals.length,
    lines: snapshot.ledger.length,
    full: percentile(full, 50),
    oneEdit: percentile(edits, 50),
    oneEditP95: percentile(edits, 95),
  };
}

export const formatMetrics = (r: MetricsBenchResult) =>
  `${r.goals} goals + ${r.lines} ledger lines  full recompute median ${ms(r.full)}  ` +
  `one edit median ${ms(r.oneEdit)} (p95 ${ms(r.oneEditP95)})  ${(r.full / r.oneEdit).toFixed(0)}× faster`;
