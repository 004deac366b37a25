/**
 * [METRICS-5] negative targets and direction: attainment ≥ 100 % exactly when the actual met the target in
 *             the goal's direction; with a negative target it is 1 + (how far it beat the target) ÷ |target|.
 * [METRICS-6] invalid input (NaN, Infinity, strings, undefined) never throws: it gives invalid-value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.ts';
import { FORMULAS, goalFigures } from './goals.ts';

const value = (figure: Figure) => (figure.ok ? figure.value : figure.reason);
const goal = (fields: Record<string, unknown>) =>
  ({ target: null, actual: null, lastYear: null, direction: 'higher', ...fields }) as Parameters<typeof goalFigures>[0];

describe('negative targets and direction', () => {
  it('[METRICS-5] a loss target of −10,000 with an actual of −5,000 beat the target: 150 %, hit', () => {
    const figures = goalFigures(goal({ target: -10_000, actual: -5_000 }));
    expect(figures.attainment).toEqual({ ok: true, value: 1.5, formula: FORMULAS.attainmentNegativeTarget });
    expect(value(figures.deviation)).toBe(5_000);
    expect(figures.deviationPercent).toEqual({
      ok: true,
      value: 0.5,
      formula: FORMULAS.deviationPercentNegativeTarget,
    });
    expect(figures.status).toBe('hit');
  });

  it('[METRICS-5] a loss deeper than the target is missed: −10,000 against −8,000 reads 75 %', () => {
    const figures = goalFigures(goal({ target: -8_000, actual: -10_000 }));
    expect(value(figures.attainment)).toBe(0.75); // 1 + (−10,000 + 8,000) ÷ 8,000
    expect(figures.status).toBe('missed');
  });

  it('[METRICS-5] lower is better with negatives: a cash burn of −50 against a ceiling of −100 is missed', () => {
    // Lower is better, target −100, actual −50: the actual is above the ceiling → 1 + (−100 + 50) ÷ 100 = 50 %.
    const figures = goalFigures(goal({ direction: 'lower', target: -100, actual: -50 }));
    expect(figures.attainment).toEqual({ ok: true, value: 0.5, formula: FORMULAS.attainmentLowerNegative });
    expect(figures.status).toBe('missed');
    // A cost ceiling of 50 and an actual of −10 (a refund year) beat it: 1 + 60 ÷ 50 = 220 %.
    expect(value(goalFigures(goal({ direction: 'lower', target: 50, actual: -10 })).attainment)).toBeCloseTo(2.2);
  });

  it('[METRICS-2] year over year divides by |last year|: a loss of −100 that became −50 is +50 %', () => {
    const figures = goalFigures(goal({ actual: -50, lastYear: -100 }));
    expect(figures.yearOverYear).toEqual({ ok: true, value: 0.5, formula: FORMULAS.yearOverYearNegativeBase });
  });

  const whole = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const direction = fc.constantFrom('higher' as const, 'lower' as const);

  it('[METRICS-5] attainment ≥ 100 % exactly when the actual met the target in its direction', () => {
    fc.assert(
      fc.property(whole, whole, direction, (target, actual, dir) => {
        const figures = goalFigures(goal({ target, actual, direction: dir }));
        const met = dir === 'higher' ? actual >= target : actual <= target;
        if (figures.attainment.ok) expect(figures.attainment.value >= 1).toBe(met);
        expect(figures.status).toBe(met ? 'hit' : 'missed');
      }),
    );
  });

  it('[METRICS-1] [METRICS-2] higher is better: attainment = 1 + deviation % for any non-zero target', () => {
    fc.assert(
      fc.property(whole.filter(Boolean), whole, (target, actual) => {
        const figures = goalFigures(goal({ target, actual }));
        expect(figures.attainment.ok && figures.deviationPercent.ok).toBe(true);
        expect(figures.attainment.value).toBeCloseTo(1 + (figures.deviationPercent.value as number), 9);
        expect(figures.deviation.value).toBe(actual - target);
      }),
    );
  });

  it('[METRICS-1] lower is better with positive numbers: attainment = target ÷ actual', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 });
    fc.assert(
      fc.property(positive, positive, (target, actual) => {
        const figures = goalFigures(goal({ target, actual, direction: 'lower' }));
        expect(figures.attainment).toEqual({
          ok: true,
          value: target / actual,
          formula: FORMULAS.attainmentLowerIsBetter,
        });
      }),
    );
  });

  it('[METRICS-6] anything at all as input never throws and never gives NaN or Infinity', () => {
    const anyValue = fc.oneof(fc.anything(), fc.constantFrom(Number.NaN, Infinity, -Infinity, '12', undefined));
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, fc.anything(), (target, actual, lastYear, dir) => {
        const figures = goalFigures(goal({ target, actual, lastYear, direction: dir }));
        for (const f of [figures.attainment, figures.deviation, figures.deviationPercent, figures.yearOverYear]) {
          if (f.ok) expect(Number.isFinite(f.value)).toBe(true);
          else expect(f.value).toBeNull();
        }
        expect(['hit', 'missed', 'unfilled']).toContain(figures.status);
      }),
    );
    const bad = goalFigures(goal({ target: Number.NaN, actual: '12' }));
    expect([value(bad.attainment), value(bad.deviation)]).toEqual(['invalid-value', 'invalid-value']);
    expect(bad.status).toBe('unfilled');
  });
});
