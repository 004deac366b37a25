/**
 * Goal figures: target vs. actual.
 *
 * [METRICS-1] attainment = actual ÷ target when higher is better, target ÷ actual when lower is better; each
 *             figure carries its formula
 * [METRICS-2] deviation = actual − target; deviation % = (actual − target) ÷ target;
 *             year over year = (actual − last year) ÷ last year
 * [METRICS-3] status is `hit` when attainment ≥ the threshold, `missed` below it, `unfilled` while target or
 *             actual is blank; both filled with a zero divisor: judged by the side of the target
 * [METRICS-4] a figure that cannot be computed says why (missing-target, missing-actual, missing-value,
 *             zero-divisor, invalid-value) and has value null: never NaN, never Infinity
 */
import type { Goal } from '@balanza/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.ts';
import { FORMULAS, goalFigures } from './goals.ts';

type GoalInput = Pick<Goal, 'target' | 'actual' | 'lastYear' | 'direction'>;
const goal = (fields: Partial<GoalInput>): GoalInput => ({
  target: null,
  actual: null,
  lastYear: null,
  direction: 'higher',
  ...fields,
});
const value = (figure: Figure) => (figure.ok ? figure.value : figure.reason);

describe('goalFigures', () => {
  it('[METRICS-1] [METRICS-2] higher is better: sales of 150 against a target of 200', () => {
    const figures = goalFigures(goal({ target: 200, actual: 150, lastYear: 120 }));
    expect(figures.attainment).toEqual({ ok: true, value: 0.75, formula: FORMULAS.attainment });
    expect(figures.deviation).toEqual({ ok: true, value: -50, formula: FORMULAS.deviation });
    expect(figures.deviationPercent).toEqual({ ok: true, value: -0.25, formula: FORMULAS.deviationPercent });
    expect(figures.yearOverYear).toEqual({ ok: true, value: 0.25, formula: FORMULAS.yearOverYear }); // 30 / 120
    expect(figures.status).toBe('missed');
  });

  it('[METRICS-1] [METRICS-2] lower is better: a cost of 40 under a ceiling of 50 reads above 100 %', () => {
    const under = goalFigures(goal({ direction: 'lower', target: 50, actual: 40 }));
    expect(under.attainment).toEqual({ ok: true, value: 1.25, formula: FORMULAS.attainmentLowerIsBetter });
    expect(value(under.deviation)).toBe(-10);
    expect(value(under.deviationPercent)).toBe(-0.2);
    expect(under.status).toBe('hit');
    const over = goalFigures(goal({ direction: 'lower', target: 50, actual: 80 }));
    expect(value(over.attainment)).toBe(0.625);
    expect(value(over.deviation)).toBe(30);
    expect(over.status).toBe('missed');
  });

  it('[METRICS-3] the threshold decides hit or missed; reaching it exactly is a hit', () => {
    const ninety = goal({ target: 100, actual: 90 });
    expect(goalFigures(ninety).status).toBe('missed'); // default threshold: 100 %
    expect(goalFigures(ninety, 0.9).status).toBe('hit');
    expect(goalFigures(ninety, 0.91).status).toBe('missed');
    expect(goalFigures(goal({ target: 100, actual: 100 })).status).toBe('hit');
    expect(goalFigures(goal({ target: 100, actual: 120 }), 1.2).status).toBe('hit');
  });

  it('[METRICS-4] a missing target or actual is not computable and says which', () => {
    const noTarget = goalFigures(goal({ actual: 90, lastYear: 60 }));
    expect([noTarget.attainment, noTarget.deviation, noTarget.deviationPercent].map(value)).toEqual([
      'missing-target',
      'missing-target',
      'missing-target',
    ]);
    expect(value(noTarget.yearOverYear)).toBe(0.5); // (90 − 60) / 60 needs no target
    expect(noTarget.status).toBe('unfilled');

    const noActual = goalFigures(goal({ target: 100, lastYear: 60 }));
    const { attainment, deviation, deviationPercent, yearOverYear } = noActual;
    expect([attainment, deviation, deviationPercent, yearOverYear].map(value)).toEqual([
      'missing-actual',
      'missing-actual',
      'missing-actual',
      'missing-actual',
    ]);
    expect(noActual.status).toBe('unfilled');

    const lower = goalFigures(goal({ direction: 'lower', target: 100 }));
    expect(value(lower.attainment)).toBe('missing-actual');
    expect(value(goalFigures(goal({ direction: 'lower', actual: 5 })).attainment)).toBe('missing-target');
    expect(value(goalFigures(goal({ target: 1, actual: 2 })).yearOverYear)).toBe('missing-value');
    expect(noTarget.attainment).toEqual({
      ok: false,
      value: null,
      formula: FORMULAS.attainment,
      reason: 'missing-target',
    });
  });

  it('[METRICS-4] a zero target or zero divisor gives zero-divisor, never NaN or Infinity', () => {
    const zeroTarget = goalFigures(goal({ target: 0, actual: 30, lastYear: 0 }));
    expect(value(zeroTarget.attainment)).toBe('zero-divisor');
    expect(value(zeroTarget.deviation)).toBe(30); // a difference needs no division
    expect(value(zeroTarget.deviationPercent)).toBe('zero-divisor');
    expect(value(zeroTarget.yearOverYear)).toBe('zero-divisor');
    // Both filled: judged by which side of the target the actual is, in the goal's direction.
    expect(zeroTarget.status).toBe('hit');
    expect(goalFigures(goal({ target: 0, actual: -5 })).status).toBe('missed');
    const zeroCost = goalFigures(goal({ direction: 'lower', target: 50, actual: 0 }));
    expect(value(zeroCost.attainment)).toBe('zero-divisor');
    expect(zeroCost.status).toBe('hit');
    expect(value(goalFigures(goal({ target: 0, actual: 0 })).attainment)).toBe('zero-divisor'); // 0/0
  });

  it('[METRICS-4] a result too large for a number is invalid-value, not Infinity', () => {
    const huge = goalFigures(goal({ target: 1e-300, actual: 1e300 }));
    expect(huge.attainment).toMatchObject({ ok: false, value: null, reason: 'invalid-value' });
    const wide = goalFigures(goal({ target: -1.5e308, actual: 1.5e308 }));
    expect(value(wide.deviation)).toBe('invalid-value');
    expect(value(wide.deviationPercent)).toBe('invalid-value');
  });
});

describe('goalFigures with any numbers', () => {
  const figure = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
  const input = fc.record({
    target: figure,
    actual: figure,
    lastYear: figure,
    direction: fc.constantFrom('higher' as const, 'lower' as const),
  });
  const threshold = fc.double({ min: 0, max: 10, noNaN: true });

  it('[METRICS-4] finite numbers and blanks never give NaN or Infinity; a blank value always has a reason', () => {
    fc.assert(
      fc.property(input, threshold, (fields, limit) => {
        const figures = goalFigures(fields, limit);
        for (const f of [figures.attainment, figures.deviation, figures.deviationPercent, figures.yearOverYear]) {
          if (f.ok) expect(Number.isFinite(f.value)).toBe(true);
          else expect(f.value === null && typeof f.reason === 'string').toBe(true);
        }
        const { target, actual, direction } = fields;
        const expected = figures.attainment.ok
          ? figures.attainment.value >= limit
            ? 'hit'
            : 'missed'
          : target === null || actual === null
            ? 'unfilled'
            : (direction === 'lower' ? actual <= target : actual >= target)
              ? 'hit'
              : 'missed';
        expect(figures.status).toBe(expected);
      }),
    );
  });

  it('[METRICS-1] [METRICS-2] higher is better with a positive target: attainment = actual/target, deviation = actual − target', () => {
    const positive = fc.double({ min: Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true });
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(positive, finite, (target, actual) => {
        const figures = goalFigures(goal({ target, actual }));
        const quotient = actual / target;
        const difference = actual - target;
        if (Number.isFinite(quotient))
          expect(figures.attainment).toEqual({ ok: true, value: quotient, formula: FORMULAS.attainment });
        else expect(value(figures.attainment)).toBe('invalid-value');
        if (Number.isFinite(difference)) expect(value(figures.deviation)).toBe(difference);
        else expect(value(figures.deviation)).toBe('invalid-value');
      }),
    );
  });
});
