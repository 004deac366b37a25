/**
 * The plan's per-row figures every view shares (the Plan section, the report, the exports), worked by hand.
 * [PLAN-6] a line's budget, its last-year share of turnover and its change
 * [PLAN-7] a campaign plans with its budget, else last year's spend; planned ROAS = planned GMV ÷ budget
 * [PLAN-9] the scenario rows, each beside the plan's figure
 * [PLAN-18] plan items: keep → change → add, private cards left out, the share done
 * [PLAN-15] bad input gives a figure that is not computable, never NaN
 */
import { describe, expect, it } from 'vitest';
import { computed, notComputable } from '../figure.ts';
import type { PlanMetrics } from './plan-metrics.ts';
import { PLAN_FORMULAS } from './projection.ts';
import { campaignPlanFigures, linePlanFigures, planItemsOf, quarterTotals, scenarioRows } from './rows.ts';

const plan = {
  budgetRatio: computed(1.5, PLAN_FORMULAS.budgetRatio),
  turnoverLastYear: computed(1_000_000, PLAN_FORMULAS.turnoverLastYear),
};

describe('plan rows', () => {
  it('[PLAN-6] a line suggests last year × the budget ratio, or keeps its own budget; share and change follow', () => {
    const suggested = linePlanFigures({ side: 'input', lastYear: 100_000 }, plan, 'CNY');
    expect(suggested.budget).toMatchObject({ ok: true, value: 150_000, formula: PLAN_FORMULAS.suggestedBudget });
    expect(suggested.shareLastYear.value).toBe(0.1);
    expect(suggested.change.value).toBe(0.5);
    const own = linePlanFigures({ side: 'input', lastYear: 100_000, budget: 80_000 }, plan, 'CNY');
    expect(own.budget).toMatchObject({ value: 80_000, formula: PLAN_FORMULAS.budgetSet });
    expect(own.change.value).toBeCloseTo(-0.2, 12);
  });

  it('[PLAN-15] a line with no last year, or one a peer spoiled, has no share nor change', () => {
    const blank = linePlanFigures({ side: 'input', lastYear: null }, plan, 'CNY');
    expect([blank.budget.ok, blank.shareLastYear.ok, blank.change.ok]).toEqual([false, false, false]);
    const spoiled = linePlanFigures({ side: 'input', lastYear: Number.NaN as number }, plan, 'CNY');
    expect(spoiled.change).toMatchObject({ ok: false, value: null });
  });

  it('[PLAN-7] a campaign plans with its budget, else last year’s spend', () => {
    const own = campaignPlanFigures({
      budget: 40_000,
      lastYearGmv: 300_000,
      lastYearSpend: 30_000,
      targetGmv: 480_000,
    });
    expect([own.budget, own.lastYearRoas.value, own.plannedRoas.value]).toEqual([40_000, 10, 12]);
    const carried = campaignPlanFigures({ lastYearGmv: 300_000, lastYearSpend: 30_000, targetGmv: 450_000 });
    expect([carried.budget, carried.plannedRoas.value]).toEqual([30_000, 15]);
    const none = campaignPlanFigures({ targetGmv: null });
    expect([none.budget, none.lastYearRoas.ok, none.plannedRoas.ok]).toEqual([null, false, false]);
  });

  it('[PLAN-9] scenario rows name the plan’s figure beside each, in the order every view shows them', () => {
    const metrics = {
      growth: 0.1,
      turnover: computed(1, 't'),
      totalInput: computed(2, 'i'),
      operatingProfit: computed(3, 'p'),
      operatingMargin: computed(4, 'm'),
      roi: computed(5, 'r'),
      campaigns: {
        plannedGmv: computed(6, 'g'),
        budget: computed(7, 'b'),
        lastYearGmv: computed(8, 'l'),
        lastYearRoas: notComputable('roas', 'zero-divisor'),
      },
    } as unknown as PlanMetrics;
    const rows = scenarioRows(metrics);
    expect(rows.map((row) => row.key)).toEqual([
      'growth',
      'roas',
      'conversionFactor',
      'baseGmv',
      'campaignBudget',
      'campaignGmv',
      'gmv',
      'spend',
      'operatingProfit',
      'operatingMargin',
      'roi',
    ]);
    const plans = rows.map((row) => (row.plan === null || typeof row.plan === 'number' ? row.plan : row.plan.value));
    expect(plans).toEqual([0.1, null, null, null, 7, 6, 1, 2, 3, 4, 5]);
  });

  it('[PLAN-4] quarters are the sums of their three months', () => {
    expect(quarterTotals([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([6, 15, 24, 33]);
  });

  it('[PLAN-18] plan items run keep → change → add, each column in order, without private cards', () => {
    const card = (id: string, column: 'keep' | 'change' | 'add', order: string, extra = {}) => ({
      id,
      column,
      order,
      hidden: false,
      ...extra,
    });
    const { items, done } = planItemsOf([
      card('a', 'add', 'a0'),
      card('k2', 'keep', 'a2', { status: 'done' as const }),
      card('secret', 'keep', 'a0', { hidden: true }),
      card('c', 'change', 'a1', { status: 'in-progress' as const }),
      card('k1', 'keep', 'a1'),
    ]);
    expect(items.map((item) => item.id)).toEqual(['k1', 'k2', 'c', 'a']);
    expect(done).toBe(1);
  });
});
