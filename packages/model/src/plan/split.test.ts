/**
 * [PLAN-4] the months of a goal always add up to the year total shown: a total edit rescales them by largest
 *          remainder in the unit's steps; a month edit changes the total; concurrent edits of the total on one
 *          peer and a month on another merge into months that still add up, with a disagreeing stored target flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addGoal } from '../mutations.ts';
import { readBoard } from '../read.ts';
import { initBoard } from '../template/create.ts';
import { refused } from '../test-helpers.ts';
import { setGoalMonth, setGoalYearTotal, storedMonths } from './goal-plan.ts';
import { decimalsOf, splitByWeights, sumAt, toSteps } from './split.ts';

const steps = (values: number[], decimals: number) => values.reduce((sum, v) => sum + toSteps(v, decimals), 0);

describe('splitByWeights', () => {
  it('[PLAN-4] splits exactly, largest remainder first', () => {
    expect(splitByWeights(100, [1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
    expect(splitByWeights(10, [0, 0], 0)).toEqual([5, 5]);
    expect(splitByWeights(-7, [1, 1], 0)).toEqual([-3, -4]);
  });

  it('[PLAN-4] weights that cancel out or overflow split evenly, at once (regression: the split never ended)', () => {
    // Shares of ±Infinity made the step count NaN and the hand-out loop endless.
    expect(splitByWeights(1e9, [1e6, -1e6, 5e-324], 3)).toEqual([333_333_333.334, 333_333_333.333, 333_333_333.333]);
    // A net of 1e-10 on weights of 1: "proportions" of ±1e10, floating error in the millions of steps.
    expect(splitByWeights(100, [1, -0.9999999999], 0)).toEqual([50, 50]);
    // Large figures with signs mixed but a real net still add up exactly.
    const parts = splitByWeights(987_654_321.12, [3e5, -1e5, 7e5], 2);
    expect(steps(parts, 2)).toBe(toSteps(987_654_321.12, 2));
  });

  it('[PLAN-4] always adds up to the total in whole steps (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 3 }),
        (total, weights, decimals) => {
          const parts = splitByWeights(total, weights, decimals);
          expect(parts).toHaveLength(weights.length);
          expect(steps(parts, decimals)).toBe(toSteps(total, decimals));
        },
      ),
    );
  });

  it('knows the minor unit of a currency', () => {
    expect([decimalsOf('money', 'CNY'), decimalsOf('money', 'JPY'), decimalsOf('count', 'CNY')]).toEqual([2, 0, 0]);
  });
});

function planBoard() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Plan', reviewedYear: 2026 });
  const id = addGoal(doc, { kind: 'sales', unit: 'money', label: 'Sales', target: 1200 });
  return { doc, id };
}
const flat = new Array(12).fill(100);
const goal = (doc: Y.Doc, id: string) => readBoard(doc).goals.find((g) => g.id === id);

describe('goal months', () => {
  it('[PLAN-4] a month edit stores all 12 from what was shown, and the total becomes their sum', () => {
    const { doc, id } = planBoard();
    setGoalMonth(doc, id, 3, 250.555, flat);
    const g = goal(doc, id);
    expect(storedMonths(g ?? { months: {} })).toEqual([100, 100, 250.56, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(g?.target).toBe(1350.56);
    expect(g?.flags).toBeUndefined();
  });

  it('[PLAN-4] a total edit rescales the stored months so they add up exactly', () => {
    const { doc, id } = planBoard();
    setGoalMonth(doc, id, 1, 200, flat);
    setGoalYearTotal(doc, id, 1000);
    const g = goal(doc, id);
    const months = storedMonths(g ?? { months: {} }) as number[];
    expect(sumAt(months, 2)).toBe(1000);
    expect(g?.target).toBe(1000);
    expect(months[0]).toBeCloseTo(153.85, 2);
  });

  it('[PLAN-4] a goal with derived months keeps them derived when its total changes', () => {
    const { doc, id } = planBoard();
    setGoalYearTotal(doc, id, 999.999);
    expect(goal(doc, id)).toMatchObject({ target: 1000 });
    expect(goal(doc, id)?.months).toBeUndefined();
  });

  it('[PLAN-4] refuses bad numbers with a clear error and writes nothing', () => {
    const { doc, id } = planBoard();
    expect(refused(doc, () => setGoalMonth(doc, id, 3, Number.NaN, flat))).toMatch(/goal\.months\.3: expected a/);
    expect(refused(doc, () => setGoalMonth(doc, id, 13, 1, flat))).toMatch(/month 1–12/);
    expect(refused(doc, () => setGoalMonth(doc, id, 3, '7' as never, flat))).toMatch(/goal\.months\.3/);
    expect(refused(doc, () => setGoalMonth(doc, id, 3, 7))).toMatch(/12 months shown|goal\.months/);
    expect(refused(doc, () => setGoalYearTotal(doc, id, Number.POSITIVE_INFINITY))).toMatch(/goal\.target/);
    const rate = addGoal(doc, { unit: 'percent', label: 'Share' });
    expect(refused(doc, () => setGoalMonth(doc, rate, 1, 1, flat))).toMatch(/percent goal is not split/);
  });

  it('[PLAN-4] concurrent total and month edits on two peers merge into months that add up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -100_000, max: 1_000_000 }),
        fc.boolean(),
        (total, month, value, split) => {
          const { doc: a, id } = planBoard();
          if (split) setGoalMonth(a, id, 5, 300, flat);
          const b = new Y.Doc();
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
          setGoalYearTotal(a, id, total / 100);
          setGoalMonth(b, id, month, value / 100, flat);
          Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
          Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
          const [ga, gb] = [goal(a, id), goal(b, id)];
          expect(ga).toEqual(gb);
          const months = storedMonths(ga ?? { months: {} });
          if (months) {
            // The stored target either agrees with the months or is flagged — never silently replaced.
            const agrees = ga?.target === sumAt(months, 2);
            expect(agrees || ga?.flags?.target !== undefined).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
