/**
 * [PLAN-14] createPlanTracker().update(snapshot) equals planMetrics(snapshot) after any sequence of edits
 *           (sums up to floating rounding), and returns the same object when nothing it reads changed.
 */
import {
  addEvent,
  addGoal,
  addLane,
  addLedgerLine,
  addScenario,
  createBoardStore,
  removeLedgerLine,
  setBoardGrowth,
  setEventBudget,
  setLineBudget,
  setScenarioAssumption,
  updateEvent,
  updateLedgerLine,
  updateMeta,
} from '@balanza/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planMetrics } from './plan-metrics.ts';
import { createPlanTracker } from './tracker.ts';

/** Numbers rounded, so sums kept edit by edit compare with fresh ones. */
const rounded = (value: unknown): unknown =>
  typeof value === 'number'
    ? Math.round(value * 1e6) / 1e6
    : JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v));

describe('createPlanTracker', () => {
  it('[PLAN-14] equals a full recompute after random edits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(7), fc.nat(1000), fc.nat(1000)), { maxLength: 30 }), (edits) => {
        const doc = new Y.Doc();
        addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales', lastYear: 5000 });
        const lane = addLane(doc, { label: 'L' });
        const lines = [addLedgerLine(doc, { side: 'output', category: 'turnover', lastYear: 5000 })];
        const events = [addEvent(doc, { laneId: lane, title: 'e', start: '2026-06-01', end: '2026-06-18' })];
        const scenario = addScenario(doc, 'S');
        const store = createBoardStore(doc);
        const tracker = createPlanTracker();
        tracker.update(store.getSnapshot());
        for (const [kind, a, b] of edits) {
          const line = lines[a % lines.length] as string;
          const event = events[a % events.length] as string;
          if (kind === 0)
            lines.push(addLedgerLine(doc, { side: 'input', category: 'marketing', lastYear: a, month: (b % 12) + 1 }));
          if (kind === 1) updateLedgerLine(doc, line, { lastYear: b, amount: a });
          if (kind === 2 && lines.length > 1) removeLedgerLine(doc, lines.splice(lines.indexOf(line), 1)[0] as string);
          if (kind === 3) setBoardGrowth(doc, (a % 100) / 100);
          if (kind === 4)
            events.push(
              addEvent(doc, {
                laneId: lane,
                title: 'x',
                start: '2026-03-01',
                end: '2026-03-08',
                lastYearGmv: a,
                lastYearSpend: b,
              }),
            );
          if (kind === 5) updateEvent(doc, event, { lastYearGmv: a, lastYearSpend: b, targetGmv: b });
          if (kind === 6) setScenarioAssumption(doc, scenario, { kind: 'roas', value: (a % 9) + 1 });
          if (kind === 7) {
            setEventBudget(doc, event, b);
            const input = lines.find((id) => store.getSnapshot().ledger.find((l) => l.id === id)?.side === 'input');
            if (input) setLineBudget(doc, input, a);
          }
          const snapshot = store.getSnapshot();
          expect(rounded(tracker.update(snapshot))).toEqual(rounded(planMetrics(snapshot)));
        }
        store.destroy();
      }),
      { numRuns: 40 },
    );
  });

  it('[PLAN-14] gives the same object while nothing it reads changed', () => {
    const doc = new Y.Doc();
    const store = createBoardStore(doc);
    const tracker = createPlanTracker();
    const first = tracker.update(store.getSnapshot());
    expect(tracker.update(store.getSnapshot())).toBe(first);
    updateMeta(doc, { title: 'Renamed' });
    expect(tracker.update(store.getSnapshot())).not.toBe(first);
    store.destroy();
  });
});
