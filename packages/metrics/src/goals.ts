import type { Goal } from '@balanza/model';
import { change, computed, type Figure, type NotComputable, notComputable, numberOr, read } from './figure.ts';

export const FORMULAS = {
  attainment: 'actual ÷ target',
  attainmentLowerIsBetter: 'target ÷ actual',
  /** Higher is better with a negative target (a loss target): how far past the target, in target sizes. */
  attainmentNegativeTarget: '1 + (actual − target) ÷ |target|',
  /** Lower is better when the target or the actual is negative. */
  attainmentLowerNegative: '1 + (target − actual) ÷ |target|',
  deviation: 'actual − target',
  deviationPercent: '(actual − target) ÷ target',
  deviationPercentNegativeTarget: '(actual − target) ÷ |target|',
  yearOverYear: '(this year − last year) ÷ last year',
  yearOverYearNegativeBase: '(this year − last year) ÷ |last year|',
} as const;
export type FormulaKey = keyof typeof FORMULAS;

/** What the team's verdict on a goal is, from its attainment and the board's threshold. */
export type GoalStatus = 'hit' | 'missed' | 'unfilled';

export interface GoalFigures {
  attainment: Figure;
  deviation: Figure;
  deviationPercent: Figure;
  yearOverYear: Figure;
  status: GoalStatus;
}

type GoalInput = Pick<Goal, 'target' | 'actual' | 'lastYear' | 'direction'>;

/**
 * Target-vs-actual figures of one goal. For "lower is better" goals attainment is target ÷ actual,
 * so beating a cost ceiling reads above 100 % like beating a sales target does.
 *
 * Negative numbers ([METRICS-5]): a plain quotient of two negatives reads backwards (a loss target of
 * −10,000 and an actual loss of −5,000 would give 50 %). When the target is negative — or, for "lower is
 * better", either number is — attainment is `1 + (how far the actual beat the target) ÷ |target|`, which
 * equals actual ÷ target whenever the target is positive. So attainment ≥ 100 % exactly when the actual
 * met the target in the goal's direction, and the −10,000 / −5,000 case reads 150 %, a hit.
 *
 * @example goalFigures({ ...goal, target: 200, actual: 150, direction: 'higher' }).attainment.value // 0.75
 */
export function goalFigures(goal: GoalInput, threshold = 1): GoalFigures {
  const target = numberOr(read(goal.target), 'missing-target');
  const actual = numberOr(read(goal.actual), 'missing-actual');
  const attainment = attainmentOf(goal.direction === 'lower' ? 'lower' : 'higher', target, actual);
  const negative = typeof target === 'number' && target < 0;
  const deviation =
    typeof target === 'string'
      ? notComputable(FORMULAS.deviation, target)
      : typeof actual === 'string'
        ? notComputable(FORMULAS.deviation, actual)
        : computed(actual - target, FORMULAS.deviation);
  const percentFormula = negative ? FORMULAS.deviationPercentNegativeTarget : FORMULAS.deviationPercent;
  const deviationPercent = !deviation.ok
    ? { ...deviation, formula: percentFormula }
    : target === 0
      ? notComputable(percentFormula, 'zero-divisor')
      : computed(deviation.value / Math.abs(target as number), percentFormula);
  const yearOverYear = change(goal.actual, goal.lastYear, FORMULAS.yearOverYear, FORMULAS.yearOverYearNegativeBase);
  return {
    attainment,
    deviation,
    deviationPercent,
    yearOverYear,
    status: statusOf(goal, target, actual, attainment, threshold),
  };
}

function attainmentOf(
  direction: 'higher' | 'lower',
  target: number | NotComputable,
  actual: number | NotComputable,
): Figure {
  const lower = direction === 'lower';
  const signed = typeof target === 'number' && typeof actual === 'number' && (target < 0 || (lower && actual < 0));
  const formula = signed
    ? lower
      ? FORMULAS.attainmentLowerNegative
      : FORMULAS.attainmentNegativeTarget
    : lower
      ? FORMULAS.attainmentLowerIsBetter
      : FORMULAS.attainment;
  if (typeof target === 'string') return notComputable(formula, target);
  if (typeof actual === 'string') return notComputable(formula, actual);
  if (signed) {
    if (target === 0) return notComputable(formula, 'zero-divisor');
    const beat = lower ? target - actual : actual - target;
    return computed(1 + beat / Math.abs(target), formula);
  }
  const [top, bottom] = lower ? [target, actual] : [actual, target];
  if (bottom === 0) return notComputable(formula, 'zero-divisor');
  return computed(top / bottom, formula);
}

function statusOf(
  goal: GoalInput,
  target: number | NotComputable,
  actual: number | NotComputable,
  attainment: Figure,
  threshold: number,
): GoalStatus {
  if (attainment.ok) return attainment.value >= threshold ? 'hit' : 'missed';
  if (typeof target !== 'number' || typeof actual !== 'number') return 'unfilled';
  // Both filled but no ratio (a zero divisor, an overflow): judge by which side of the target it is.
  const met = goal.direction === 'lower' ? actual <= target : actual >= target;
  return met ? 'hit' : 'missed';
}

/** How many goals are hit, missed and not filled yet. */
export interface GoalsSummary {
  hit: number;
  missed: number;
  unfilled: number;
  total: number;
}
