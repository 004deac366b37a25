/**
 * [METRICS-9] the incremental tracker gives exactly what a full recompute gives, after any sequence of
 *             edits, and recomputes only the items whose object changed.
 */
import {
  addEvent,
  addGoal,
  addLedgerLine,
  addOutcome,
  createBoardStore,
  initBoard,
  readBoard,
  removeEvent,
  removeGoal,
  removeLedgerLine,
  updateEvent,
  updateGoal,
  updateLedgerLine,
  updateMeta,
  updateOutcome,
} from '@balanza/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMetricsTracker } from './incremental.ts';
import { reviewMetrics } from './review.ts';

// Quarters are exact in binary, so running sums equal fresh sums bit for bit.
const amount = fc.option(
  fc.integer({ min: -4_000_000, max: 4_000_000 }).map((n) => n / 4),
  { nil: null, freq: 4 },
);
const pick = fc.nat({ max: 1000 });
const edit = fc.oneof(
  fc.record({ op: fc.constant('addGoal' as const), target: amount, actual: amount, lower: fc.boolean() }),
  fc.record({ op: fc.constant('updateGoal' as const), at: pick, target: amount, actual: amount, lastYear: amount }),
  fc.record({ op: fc.constant('removeGoal' as const), at: pick }),
  fc.record({ op: fc.constant('addLine' as const), output: fc.boolean(), amount, lastYear: amount }),
  fc.record({ op: fc.constant('updateLine' as const), at: pick, amount, lastYear: amount }),
  fc.record({ op: fc.constant('removeLine' as const), at: pick }),
  fc.record({ op: fc.constant('outcome' as const), at: pick, before: amount, after: amount }),
  fc.record({ op: fc.constant('addOutcome' as const), after: amount }),
  fc.record({ op: fc.constant('event' as const), at: pick, target: amount, actual: amount, spend: amount }),
  fc.record({ op: fc.constant('addEvent' as const), actual: amount }),
  fc.record({ op: fc.constant('removeEvent' as const), at: pick }),
  fc.record({ op: fc.constant('threshold' as const), value: fc.constantFrom(0.8, 0.9, 1, 1.2) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Y.Doc, step: Edit): void {
  const board = readBoard(doc);
  const nth = <T>(list: T[], at: number): T | undefined => list[at % Math.max(1, list.length)];
  const goal = 'at' in step ? nth(board.goals, step.at) : undefined;
  const line = 'at' in step ? nth(board.ledger, step.at) : undefined;
  const event = 'at' in step ? nth(board.events, step.at) : undefined;
  const outcome = 'at' in step ? nth(board.outcomes, step.at) : undefined;
  switch (step.op) {
    case 'addGoal':
      addGoal(doc, { target: step.target, actual: step.actual, direction: step.lower ? 'lower' : 'higher' });
      return;
    case 'updateGoal':
      if (goal) updateGoal(doc, goal.id, { target: step.target, actual: step.actual, lastYear: step.lastYear });
      return;
    case 'removeGoal':
      if (goal) removeGoal(doc, goal.id);
      return;
    case 'addLine':
      addLedgerLine(doc, { side: step.output ? 'output' : 'input', amount: step.amount, lastYear: step.lastYear });
      return;
    case 'updateLine':
      if (line) updateLedgerLine(doc, line.id, { amount: step.amount, lastYear: step.lastYear });
      return;
    case 'removeLine':
      if (line) removeLedgerLine(doc, line.id);
      return;
    case 'outcome':
      if (outcome) updateOutcome(doc, outcome.id, { before: step.before, after: step.after });
      return;
    case 'addOutcome':
      addOutcome(doc, { label: 'x', after: step.after });
      return;
    case 'event':
      if (event) updateEvent(doc, event.id, { targetGmv: step.target, actualGmv: step.actual, spend: step.spend });
      return;
    case 'addEvent': {
      const lane = board.lanes[0];
      if (lane)
        addEvent(doc, { laneId: lane.id, title: 'x', start: '2026-01-01', end: '2026-01-02', actualGmv: step.actual });
      return;
    }
    case 'removeEvent':
      if (event) removeEvent(doc, event.id);
      return;
    case 'threshold':
      updateMeta(doc, { highlightThreshold: step.value });
      return;
  }
}

describe('createMetricsTracker', () => {
  it('[METRICS-9] after any sequence of edits, incremental equals a full recompute', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const doc = new Y.Doc();
        initBoard(doc, { title: 'T', reviewedYear: 2026 });
        const store = createBoardStore(doc);
        const tracker = createMetricsTracker();
        tracker.update(store.getSnapshot());
        for (const step of edits) {
          apply(doc, step);
          expect(tracker.update(store.getSnapshot())).toEqual(reviewMetrics(readBoard(doc)));
        }
        store.destroy();
      }),
      { numRuns: 60 },
    );
  });

  it('[METRICS-9] an edit recomputes only the item it touched; unchanged results keep their identity', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'T', reviewedYear: 2026 });
    const store = createBoardStore(doc);
    const tracker = createMetricsTracker();
    const before = tracker.update(store.getSnapshot());
    expect(tracker.update(store.getSnapshot())).toBe(before); // nothing changed: the same object
    const [first, second] = store.getSnapshot().goals;
    updateGoal(doc, first?.id as string, { target: 100, actual: 120 });
    const after = tracker.update(store.getSnapshot());
    expect(after.goals.items[0]).not.toBe(before.goals.items[0]);
    expect(after.goals.items[0]?.status).toBe('hit');
    expect(after.goals.items[1]).toBe(before.goals.items[1]);
    expect(after.goals.summary).toMatchObject({ hit: 1, unfilled: 6 });
    expect(after.ledger).toBe(before.ledger);
    expect(second).toBeDefined();
    store.destroy();
  });
});
