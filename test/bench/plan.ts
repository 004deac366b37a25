import { pathToFileURL } from 'node:url';
import { createPlanTracker, planMetrics } from '@balanza/metrics';
import {
  addEvent,
  addGoal,
  addLedgerLine,
  addScenario,
  createBoardStore,
  initBoard,
  readBoard,
  setBoardGrowth,
  setLineBudget,
  setScenarioAssumption,
} from '@balanza/model';
import * as Y from 'yjs';
import { ms, percentile } from './stats.ts';

export interface PlanBenchResult {
  goals: number;
  lines: number;
  campaigns: number;
  scenarios: number;
  /** `planMetrics(snapshot)` from scratch, median. */
  full: number;
  /** `tracker.update(snapshot)` after one assumption edit, median and p95. */
  oneEdit: number;
  oneEditP95: number;
  /** Median per kind of edit: an assumption (growth, ROAS) touches no item; a line budget re-sums one line. */
  byKind: Record<EditKind, number>;
}

const EDIT_KINDS = ['board growth', 'scenario ROAS', 'scenario growth', 'line budget'] as const;
type EditKind = (typeof EDIT_KINDS)[number];

const iso = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * The plan's metrics on a large plan board: a full recompute against the incremental tracker after one
 * assumption edit (board growth, a scenario's ROAS or growth, one line's budget, in turn). Only the metrics are
 * timed — the edit and the board store's own re-read happen before the clock starts.
 */
export function measurePlan(size = 2000, campaigns = 300, rounds = 400): PlanBenchResult {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Bench', reviewedYear: 2026 });
  const lane = readBoard(doc).lanes[0]?.id as string;
  doc.transact(() => {
    for (let i = 0; i < size; i++) {
      addGoal(doc, { kind: i === 0 ? 'sales' : 'custom', unit: 'money', label: `Goal ${i}`, lastYear: 800 + i });
      addLedgerLine(doc, {
        side: i % 10 === 0 ? 'output' : 'input',
        category: i % 10 === 0 ? 'turnover' : (['labour', 'product', 'marketing', 'logistics'] as const)[i % 4],
        month: (i % 12) + 1,
        lastYear: 450 + ((i * 13) % 90),
      });
    }
    for (let i = 0; i < campaigns; i++) {
      const start = (i * 37) % 350;
      addEvent(doc, {
        laneId: lane,
        title: `Campaign ${i}`,
        start: iso(start),
        end: iso(start + (i % 9)),
        lastYearGmv: 1000 + i,
        lastYearSpend: 100 + (i % 50),
      });
    }
  });
  const scenarios = [addScenario(doc, 'Cautious'), addScenario(doc, 'Push 618'), addScenario(doc, 'Double down')];
  const store = createBoardStore(doc);
  const snapshot = store.getSnapshot();
  const tracker = createPlanTracker();
  tracker.update(snapshot);

  const full: number[] = [];
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    planMetrics(snapshot);
    full.push(performance.now() - started);
  }

  const inputs = snapshot.ledger.filter((line) => line.side === 'input');
  const edits: number[] = [];
  const byKind = new Map<EditKind, number[]>(EDIT_KINDS.map((kind) => [kind, []]));
  for (let i = 0; i < rounds + 30; i++) {
    const scenario = scenarios[i % scenarios.length] as string;
    if (i % 4 === 0) setBoardGrowth(doc, (i % 30) / 100);
    else if (i % 4 === 1) setScenarioAssumption(doc, scenario, { kind: 'roas', value: 2 + (i % 7) });
    else if (i % 4 === 2) setScenarioAssumption(doc, scenario, { kind: 'growth', value: (i % 20) / 100 });
    else setLineBudget(doc, (inputs[(i * 11) % inputs.length] as { id: string }).id, 100 + i);
    const next = store.getSnapshot();
    const started = performance.now();
    tracker.update(next);
    const took = performance.now() - started;
    if (i >= 30) {
      edits.push(took);
      byKind.get(EDIT_KINDS[i % 4] as EditKind)?.push(took);
    }
  }
  store.destroy();
  return {
    goals: snapshot.goals.length,
    lines: snapshot.ledger.length,
    campaigns: snapshot.events.length,
    scenarios: scenarios.length,
    full: percentile(full, 50),
    oneEdit: percentile(edits, 50),
    oneEditP95: percentile(edits, 95),
    byKind: Object.fromEntries(EDIT_KINDS.map((kind) => [kind, percentile(byKind.get(kind) ?? [], 50)])) as Record<
      EditKind,
      number
    >,
  };
}

export const formatPlan = (r: PlanBenchResult) =>
  `${r.goals} goals + ${r.lines} ledger lines + ${r.campaigns} campaigns + ${r.scenarios} scenarios  ` +
  `full recompute median ${ms(r.full)}  one assumption edit median ${ms(r.oneEdit)} (p95 ${ms(r.oneEditP95)})  ` +
  `${(r.full / r.oneEdit).toFixed(0)}× faster (target < 1 ms and ≥ 20×); by edit: ` +
  Object.entries(r.byKind)
    .map(([kind, median]) => `${kind} ${ms(median)} (${(r.full / median).toFixed(0)}×)`)
    .join(', ');

// `tsx test/bench/plan.ts` runs it alone; run.ts can import measurePlan/formatPlan.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Plan metrics, incremental vs full recompute:\n  ${formatPlan(measurePlan())}`);
}
