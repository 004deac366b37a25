import type { Goal } from '@balanza/model';
import { computed, type Figure, notComputable, ratio } from './figure.ts';

export const FORMULAS = {
  attainment: 'actual ÷ target',
  attainmentLowerIsBetter: 'target ÷ actual',
  deviation: 'actual − target',
  deviationPercent: '(actual − target) ÷ target',
  yearOverYear: '(this year − last year) ÷ last year',
} as const;

/** What the team's verdict on a goal is, from its attainment and the board's threshold. */
export type GoalStatus = 'hit' | 'missed' | 'unfilled';

export interface GoalFigures {
  attainment: Figure;
  deviation: Figure;
  deviationPercent: Figure;
  yearOverYear: Figure;
  status: GoalStatus;
}

/**
 * Target-vs-actual figures of one goal. For "lower is better" goals attainment is target ÷ actual,
 * so beating a cost ceiling reads above 100 % like beating a sales target does.
 *
 * @example goalFigures({ ...goal, target: 200, actual: 150, direction: 'higher' }).attainment.value // 0.75
 */
export function goalFigures(
  goal: Pick<Goal, 'target' | 'actual' | 'lastYear' | 'direction'>,
  threshold = 1,
): GoalFigures {
  const { target, actual, lastYear } = goal;
  const missing = { numerator: 'missing-actual', denominator: 'missing-target' } as const;
  const attainment =
    goal.direction === 'lower'
      ? ratio(target, actual, FORMULAS.attainmentLowerIsBetter, {
          numerator: 'missing-target',
          denominator: 'missing-actual',
        })
      : ratio(actual, target, FORMULAS.attainment, missing);
  const deviation =
    target === null
      ? notComputable(FORMULAS.deviation, 'missing-target')
      : actual === null
        ? notComputable(FORMULAS.deviation, 'missing-actual')
        : computed(actual - target, FORMULAS.deviation);
  const deviationPercent = deviation.ok
    ? ratio(deviation.value, target, FORMULAS.deviationPercent, missing)
    : { ...deviation, formula: FORMULAS.deviationPercent };
  const yearOverYear =
    actual === null
      ? notComputable(FORMULAS.yearOverYear, 'missing-actual')
      : lastYear === null
        ? notComputable(FORMULAS.yearOverYear, 'missing-value')
        : ratio(actual - lastYear, lastYear, FORMULAS.yearOverYear);
  return { attainment, deviation, deviationPercent, yearOverYear, status: statusOf(goal, attainment, threshold) };
}

function statusOf(
  goal: Pick<Goal, 'target' | 'actual' | 'direction'>,
  attainment: Figure,
  threshold: number,
): GoalStatus {
  if (attainment.ok) return attainment.value >= threshold ? 'hit' : 'missed';
  if (goal.target === null || goal.actual === null) return 'unfilled';
  // Both filled but a zero divisor (a cost goal of 0, a target of 0): judge by which side of the target it is.
  const met = goal.direction === 'lower' ? goal.actual <= goal.target : goal.actual >= goal.target;
  return met ? 'hit' : 'missed';
}
