/**
 * Hand-worked examples of the plan's figures; each expectation is the formula worked by hand.
 * [PLAN-3] suggested target = last year moved by growth in the goal's direction (by |last year| when negative)
 * [PLAN-5] seasonality: monthly output lines, else campaigns' GMV over an even base, else flat
 * [PLAN-6] budgets: set, else last year's cost share × planned turnover; profit, margin and ROI of the plan
 * [PLAN-9] scenarios: campaign GMV = budget × ROAS; base GMV grown; spend = input budgets
 * [PLAN-13] tracking: variance, cumulative attainment, seasonal run-rate forecast
 * [PLAN-15] bad input is flagged, never thrown
 */
import {
  addEvent,
  addGoal,
  addLane,
  addLedgerLine,
  addScenario,
  readBoard,
  setBoardGrowth,
  setGoalGrowth,
  setLineBudget,
  setScenarioAssumption,
} from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Figure } from '../figure.ts';
import { scenarioAdoption } from './adoption.ts';
import { planMetrics } from './plan-metrics.ts';
import { lineBudget } from './projection.ts';
import { goalMonths, goalPlanFigures, TARGET_FORMULAS } from './targets.ts';

const value = (figure: Figure | undefined) => (figure?.ok ? figure.value : figure?.reason);

function example() {
  const doc = new Y.Doc();
  setBoardGrowth(doc, 0.1);
  const sales = addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales', lastYear: 1000 });
  addLedgerLine(doc, { side: 'output', category: 'turnover', lastYear: 1000 });
  const labour = addLedgerLine(doc, { side: 'input', category: 'labour', lastYear: 200 });
  setLineBudget(doc, labour, 150);
  addLedgerLine(doc, { side: 'input', category: 'marketing', lastYear: 100 });
  addLedgerLine(doc, { side: 'output', category: 'turnover', month: 1, amount: 60 });
  addLedgerLine(doc, { side: 'output', category: 'turnover', month: 2, amount: 40 });
  const lane = addLane(doc, { label: 'Campaigns' });
  addEvent(doc, {
    laneId: lane,
    title: 'Double 11',
    start: '2026-10-20',
    end: '2026-11-11',
    lastYearGmv: 300,
    lastYearSpend: 100,
  });
  addEvent(doc, { laneId: lane, title: '618', start: '2026-06-01', end: '2026-06-18', lastYearGmv: 100 });
  return { doc, sales };
}

describe('plan metrics on a hand-worked board', () => {
  it('[PLAN-3] suggested targets in both directions and for negative last years', () => {
    const board = (fields: Parameters<typeof goalPlanFigures>[0]) => goalPlanFigures(fields, 0.1, 'CNY');
    const base = { id: 'g', target: null, months: {}, growth: null } as const;
    expect(board({ ...base, lastYear: 1000, direction: 'higher', unit: 'money' }).target).toMatchObject({
      value: 1100,
      formula: TARGET_FORMULAS.higher,
    });
    expect(value(board({ ...base, lastYear: 200, direction: 'lower', unit: 'money' }).target)).toBe(180);
    expect(board({ ...base, lastYear: -100, direction: 'higher', unit: 'money' }).target).toMatchObject({
      value: -90,
      formula: TARGET_FORMULAS.higherNegative,
    });
    expect(value(board({ ...base, lastYear: 7, direction: 'higher', unit: 'count' }).target)).toBe(8);
    expect(board({ ...base, lastYear: 50, direction: 'higher', unit: 'percent' }).target).toMatchObject({
      value: 50,
      formula: TARGET_FORMULAS.flat,
    });
    expect(value(board({ ...base, lastYear: 50, direction: 'higher', unit: 'percent', growth: 0.2 }).target)).toBe(60);
    expect(board({ ...base, lastYear: 1, direction: 'higher', unit: 'money', target: 5 }).source).toBe('set');
  });

  it('[PLAN-5] [PLAN-6] the plan: profile from campaigns, budgets, profit, margin and ROI', () => {
    const { doc } = example();
    const m = planMetrics(readBoard(doc));
    expect(m.profile.source).toBe('campaigns');
    // Even base (1000 − 400) ÷ 12 = 50 a month, plus 300 in November and 100 in June, over 1000.
    expect(m.profile.shares[0]).toBeCloseTo(0.05);
    expect(m.profile.shares[5]).toBeCloseTo(0.15);
    expect(m.profile.shares[10]).toBeCloseTo(0.35);
    expect(value(m.turnover)).toBe(1100);
    expect(value(m.budgetRatio)).toBeCloseTo(1.1);
    expect(value(m.budgets.labour)).toBe(150);
    expect(value(m.budgets.marketing)).toBeCloseTo(110);
    expect(value(m.totalInput)).toBeCloseTo(260);
    expect(value(m.operatingProfit)).toBeCloseTo(840);
    expect(value(m.operatingMargin)).toBeCloseTo(840 / 1100);
    expect(value(m.roi)).toBeCloseTo(840 / 260);
    expect(m.salesMonths?.months[0]).toBe(55);
    expect(m.salesMonths?.total).toBe(1100);
    expect(value(m.campaigns.lastYearRoas)).toBe(3);
  });

  it('[PLAN-13] tracking: variance, cumulative attainment and the run-rate forecast', () => {
    const { doc } = example();
    const t = planMetrics(readBoard(doc)).tracking;
    expect(t.toMonth).toBe(2);
    expect(t.months[0]).toMatchObject({ planned: 55, actual: 60 });
    expect(value(t.months[0]?.variance)).toBe(5);
    expect(value(t.months[1]?.variance)).toBe(-15);
    expect(t.months[2]?.actual).toBeNull();
    expect(value(t.cumulativeAttainment)).toBeCloseTo(100 / 110);
    expect(value(t.forecast)).toBeCloseTo(1000);
  });

  it('[PLAN-9] a scenario: campaign GMV = budget × ROAS, base grown, spend = budgets', () => {
    const { doc } = example();
    const id = addScenario(doc, 'Push');
    setScenarioAssumption(doc, id, { kind: 'growth', value: 0.2 });
    const s = planMetrics(readBoard(doc)).scenarios[0];
    expect(value(s?.campaignGmv)).toBe(300);
    expect(value(s?.baseGmv)).toBeCloseTo(720);
    expect(value(s?.gmv)).toBe(1020);
    expect(value(s?.spend)).toBeCloseTo(252);
    expect(value(s?.operatingMargin)).toBeCloseTo(768 / 1020);
    expect(value(s?.roi)).toBeCloseTo(768 / 252);
    setScenarioAssumption(doc, id, { kind: 'roas', value: 5 });
    const withRoas = planMetrics(readBoard(doc)).scenarios[0];
    expect(withRoas?.roas.formula).toMatch(/assumed ROAS/);
    expect(value(withRoas?.campaignGmv)).toBe(500);
    const adoption = scenarioAdoption(readBoard(doc), id);
    expect(Object.values(adoption?.goalTargets ?? {})).toEqual([1220]);
    expect(Object.values(adoption?.eventTargets ?? {}).sort()).toEqual([0, 500]);
  });

  it('[PLAN-10] adopting keeps a goal’s own plan growth unless the scenario sets one for that goal', () => {
    const { doc } = example();
    const visitors = addGoal(doc, { kind: 'custom', unit: 'count', label: 'Visitors', lastYear: 100 });
    const orders = addGoal(doc, { kind: 'custom', unit: 'count', label: 'Orders', lastYear: 100 });
    setGoalGrowth(doc, visitors, 0.5);
    setGoalGrowth(doc, orders, 0.5);
    const id = addScenario(doc, 'Cautious');
    setScenarioAssumption(doc, id, { kind: 'growth', value: 0.2 });
    setScenarioAssumption(doc, id, { kind: 'goalGrowth', key: orders, value: 0.3 });
    const targets = scenarioAdoption(readBoard(doc), id)?.goalTargets ?? {};
    // Visitors: its own +50 %, not the scenario's +20 %; orders: the scenario's +30 % for it.
    expect(targets[visitors]).toBe(150);
    expect(targets[orders]).toBe(130);
  });

  it('[PLAN-15] bad values give reasons, never NaN or a throw', () => {
    const goal = { id: 'g', direction: 'higher', unit: 'money', months: { '1': Number.NaN }, growth: 'x' } as never;
    expect(() =>
      goalPlanFigures({ ...(goal as object), lastYear: '5', target: null } as never, 0.1, 'CNY'),
    ).not.toThrow();
    expect(
      value(goalPlanFigures({ ...(goal as object), lastYear: '5', target: null } as never, 0.1, 'CNY').target),
    ).toBe('invalid-value');
    const ratio = { ok: true, value: 1.1, formula: '' } as const;
    expect(value(lineBudget({ side: 'input', budget: -5 as never, lastYear: Number.NaN }, ratio, 'CNY'))).toBe(-5);
    expect(value(lineBudget({ side: 'input', budget: 'lots' as never, lastYear: 1 }, ratio, 'CNY'))).toBe(
      'invalid-value',
    );
    expect(
      goalMonths({ unit: 'money', months: { '1': 'x' as never } }, ratio, new Array(12).fill(1), 'CNY')?.total,
    ).toBe(1.1);
    const broken = {
      meta: { currency: 'CNY' },
      plan: { growth: Number.NaN, conversion: 'x', adoptedScenarioId: null },
      goals: [{ id: 'g', kind: 'sales', unit: 'money', lastYear: Number.POSITIVE_INFINITY }],
      ledger: [{ id: 'l', side: 'input', category: 'labour', lastYear: 'a', budget: Number.NaN }],
      events: [{ id: 'e', end: 'soon', lastYearGmv: Number.NaN, lastYearSpend: '1', budget: null }],
      scenarios: [{ id: 's', name: 'x', roas: Number.NaN, goalGrowth: { g: 'x' }, campaignBudget: { e: Number.NaN } }],
    } as never;
    const m = planMetrics(broken);
    const figures = [m.turnover, m.totalInput, m.roi, m.scenarios[0]?.gmv, m.tracking.forecast];
    for (const figure of figures) expect(figure?.value === null || Number.isFinite(figure?.value)).toBe(true);
  });
});
