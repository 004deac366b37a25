/**
 * [PLAN-2] growth rates (board and goal) are fractions from −1 to 10; anything else is refused.
 * [PLAN-1] plan data read as validated snapshots: absent on a plain board, a bad value a peer wrote is flagged.
 * [PLAN-6] budgets are set on input lines only and are never negative.
 * [PLAN-7] a campaign's planned spend is its budget.
 * [PLAN-8] plan items have a status and a due quarter of the board's year.
 * [PLAN-9] scenarios are an ordered collection of assumptions; keyed assumptions are per entry.
 * [PLAN-10] adopting a scenario writes its numbers into the plan in ONE transaction (one undo step).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addGoal, addLedgerLine, addMeasure } from '../mutations.ts';
import { MutationOrigin } from '../origin.ts';
import { readBoard } from '../read.ts';
import { initBoard } from '../template/create.ts';
import { originsOf, refused } from '../test-helpers.ts';
import { setGoalGrowth, setGoalMonth } from './goal-plan.ts';
import { setBoardGrowth, setEventBudget, setLineBudget, setPlanItem } from './plan-mutations.ts';
import {
  addScenario,
  adoptScenario,
  moveScenario,
  removeScenario,
  renameScenario,
  setScenarioAssumption,
} from './scenarios.ts';

function board() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Plan', reviewedYear: 2026 });
  const goal = addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales' });
  const cost = addLedgerLine(doc, { side: 'input', category: 'marketing', label: 'Ads', lastYear: 100 });
  const turnover = addLedgerLine(doc, { side: 'output', category: 'turnover', label: 'GMV' });
  const event = readBoard(doc).events[0]?.id as string;
  return { doc, goal, cost, turnover, event };
}

describe('plan assumptions', () => {
  it('[PLAN-1] a board without plan data reads as before; bad plan values are flagged, not thrown', () => {
    const { doc, goal, cost } = board();
    const plain = readBoard(doc);
    expect(plain.plan).toEqual({ growth: 0, conversion: null, adoptedScenarioId: null });
    expect(Object.keys(plain.goals.find((g) => g.id === goal) ?? {})).not.toContain('months');
    doc.getMap('plan').set('growth', 'fast');
    (doc.getMap('ledger').get(cost) as Y.Map<unknown>).set('budget', -3);
    const months = new Y.Map<unknown>();
    (doc.getMap('goals').get(goal) as Y.Map<unknown>).set('months', months);
    months.set('1', 5);
    months.set('13', 5);
    const read = readBoard(doc);
    expect(read.plan.growth).toBe(0);
    expect(read.goals.find((g) => g.id === goal)?.months).toEqual({ '1': 5 });
    expect(read.problems.map((p) => [p.collection, p.field])).toEqual([
      ['goals', 'months'],
      ['ledger', 'budget'],
      ['plan', 'growth'],
    ]);
  });

  it('[PLAN-2] sets growth rates and refuses what is not one', () => {
    const { doc, goal } = board();
    setBoardGrowth(doc, 0.15);
    setGoalGrowth(doc, goal, -0.05);
    expect(readBoard(doc).plan.growth).toBe(0.15);
    expect(readBoard(doc).goals.find((g) => g.id === goal)?.growth).toBe(-0.05);
    expect(refused(doc, () => setBoardGrowth(doc, Number.NaN))).toMatch(/^plan\.growth: /);
    expect(refused(doc, () => setBoardGrowth(doc, '0.1' as never))).toMatch(/^plan\.growth: /);
    expect(refused(doc, () => setGoalGrowth(doc, goal, -2))).toMatch(/below −100 %/);
    expect(refused(doc, () => setGoalGrowth(doc, 'nope', 0.1))).toMatch(/no goal/);
  });

  it('[PLAN-6] budgets: input lines only, never negative', () => {
    const { doc, cost, turnover, event } = board();
    setLineBudget(doc, cost, 120);
    setEventBudget(doc, event, 30);
    const snapshot = readBoard(doc);
    expect(snapshot.ledger.find((l) => l.id === cost)?.budget).toBe(120);
    expect(snapshot.events.find((e) => e.id === event)?.budget).toBe(30);
    expect(refused(doc, () => setLineBudget(doc, cost, -1))).toMatch(/budget cannot be negative/);
    expect(refused(doc, () => setLineBudget(doc, turnover, 5))).toMatch(/only input lines/);
    expect(refused(doc, () => setEventBudget(doc, event, Number.NaN))).toMatch(/^event\.budget/);
  });

  it('[PLAN-8] a plan item gets a status and a due quarter of the board year', () => {
    const { doc } = board();
    const id = addMeasure(doc, { text: 'Live streams' });
    setPlanItem(doc, id, { status: 'in-progress', dueQuarter: 3 });
    expect(readBoard(doc).measures[0]).toMatchObject({ status: 'in-progress', due: '2026-Q3' });
    expect(refused(doc, () => setPlanItem(doc, id, { dueQuarter: 5 }))).toMatch(/quarter 1–4/);
    expect(refused(doc, () => setPlanItem(doc, id, { status: 'late' as never }))).toMatch(/^measure\.status/);
  });
});

describe('scenarios', () => {
  it('[PLAN-9] add, rename, reorder, set assumptions, remove', () => {
    const { doc, goal, event } = board();
    const cautious = addScenario(doc, 'Cautious');
    const push = addScenario(doc, 'Push 618', { index: 0 });
    expect(readBoard(doc).scenarios.map((s) => s.name)).toEqual(['Push 618', 'Cautious']);
    moveScenario(doc, push, 1);
    renameScenario(doc, cautious, 'Careful');
    setScenarioAssumption(doc, push, { kind: 'roas', value: 4 });
    setScenarioAssumption(doc, push, { kind: 'goalGrowth', key: goal, value: 0.3 });
    setScenarioAssumption(doc, push, { kind: 'categoryBudget', key: 'marketing', value: 900 });
    setScenarioAssumption(doc, push, { kind: 'campaignBudget', key: event, value: 50 });
    const read = readBoard(doc).scenarios;
    expect(read.map((s) => s.name)).toEqual(['Careful', 'Push 618']);
    expect(read[1]).toMatchObject({
      roas: 4,
      goalGrowth: { [goal]: 0.3 },
      categoryBudget: { marketing: 900 },
      campaignBudget: { [event]: 50 },
    });
    setScenarioAssumption(doc, push, { kind: 'goalGrowth', key: goal, value: null });
    expect(readBoard(doc).scenarios[1]?.goalGrowth).toEqual({});
    expect(refused(doc, () => setScenarioAssumption(doc, push, { kind: 'roas', value: -1 }))).toMatch(/above zero/);
    expect(
      refused(doc, () => setScenarioAssumption(doc, push, { kind: 'categoryBudget', key: 'turnover', value: 1 })),
    ).toMatch(/^scenario\.categoryBudget/);
    expect(refused(doc, () => setScenarioAssumption(doc, push, { kind: 'goalGrowth', key: 'gone', value: 1 }))).toMatch(
      /no goal/,
    );
    expect(refused(doc, () => addScenario(doc, '  '))).toMatch(/needs a name/);
    removeScenario(doc, cautious);
    expect(readBoard(doc).scenarios.map((s) => s.id)).toEqual([push]);
  });

  it('[PLAN-10] adopting writes targets, budgets and campaigns in one transaction that one undo takes back', () => {
    const { doc, goal, cost, event } = board();
    setGoalMonth(doc, goal, 1, 200, new Array(12).fill(100));
    const id = addScenario(doc, 'Push');
    const undo = new Y.UndoManager(
      ['goals', 'ledger', 'events', 'plan'].map((name) => doc.getMap(name)),
      { trackedOrigins: new Set([MutationOrigin]) },
    );
    const adoption = {
      goalTargets: { [goal]: 2600 },
      lineBudgets: { [cost]: 150 },
      eventBudgets: { [event]: 40 },
      eventTargets: { [event]: 160 },
    };
    const origins = originsOf(doc, () => adoptScenario(doc, id, adoption));
    expect(origins).toEqual([new MutationOrigin('adoptScenario')]);
    const after = readBoard(doc);
    expect(after.goals.find((g) => g.id === goal)).toMatchObject({
      target: 2600,
      months: expect.objectContaining({ '1': 400 }),
    });
    expect(after.ledger.find((l) => l.id === cost)?.budget).toBe(150);
    expect(after.events.find((e) => e.id === event)).toMatchObject({ budget: 40, targetGmv: 160 });
    expect(after.plan.adoptedScenarioId).toBe(id);
    undo.undo();
    const back = readBoard(doc);
    expect(back.goals.find((g) => g.id === goal)?.target).toBe(1300);
    expect(back.ledger.find((l) => l.id === cost)?.budget).toBeUndefined();
    expect(back.plan.adoptedScenarioId).toBeNull();
    expect(refused(doc, () => adoptScenario(doc, id, { ...adoption, lineBudgets: { [cost]: -5 } }))).toMatch(
      /^adoption/,
    );
    removeScenario(doc, id);
  });
});
