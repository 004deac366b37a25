import {
  ADDITIVE_UNITS,
  decimalsOf,
  type Goal,
  MONTHS,
  monthKey,
  roundTo,
  splitByWeights,
  storedMonths,
  sumAt,
} from '@balanza/model';
import { computed, type Figure, notComputable, read } from '../figure.ts';

export const TARGET_FORMULAS = {
  higher: 'last year × (1 + growth)',
  lower: 'last year × (1 − growth)',
  higherNegative: 'last year + growth × |last year|',
  lowerNegative: 'last year − growth × |last year|',
  flat: 'last year (a rate or score follows only its own growth)',
  set: 'target set for the year',
  months: 'sum of the months',
  goalGrowth: "the goal's own growth",
  boardGrowth: "the board's growth",
} as const;

type GoalInput = Pick<Goal, 'lastYear' | 'direction' | 'unit' | 'target' | 'months' | 'growth'>;

/** A value the plan stores (a growth, a target, a budget) as a Figure; null when it is blank. */
export function storedFigure(value: unknown, formula: string): Figure | null {
  const reading = read(value);
  if (reading === null) return null;
  return reading === 'invalid' ? notComputable(formula, 'invalid-value') : computed(reading, formula);
}

/** The growth a goal follows: its own, or the board's for money and count goals ([PLAN-2]). */
export function growthOf(goal: Pick<Goal, 'growth' | 'unit'>, boardGrowth: number): Figure {
  const own = storedFigure(goal.growth, TARGET_FORMULAS.goalGrowth);
  if (own) return own;
  return computed(ADDITIVE_UNITS.includes(goal.unit) ? boardGrowth : 0, TARGET_FORMULAS.boardGrowth);
}

/**
 * The target suggested from last year and a growth rate ([PLAN-3]). "Better" moves the figure in the goal's
 * direction by `growth` of its size: up for higher-is-better goals, down for lower-is-better ones (a cost of
 * 100 with 15 % growth suggests 85). A negative last year grows by its magnitude (a loss of −100 improved by
 * 15 % is −85), in the spirit of [METRICS-5]. Kept to the unit's precision.
 */
export function suggestedTarget(
  goal: Pick<Goal, 'lastYear' | 'direction' | 'unit'>,
  growth: Figure,
  decimals: number,
): Figure {
  const lastYear = read(goal.lastYear);
  const lower = goal.direction === 'lower';
  const negative = typeof lastYear === 'number' && lastYear < 0;
  const f = TARGET_FORMULAS;
  const formula =
    growth.formula === f.boardGrowth && !ADDITIVE_UNITS.includes(goal.unit)
      ? f.flat
      : negative
        ? lower
          ? f.lowerNegative
          : f.higherNegative
        : lower
          ? f.lower
          : f.higher;
  if (lastYear === null) return notComputable(formula, 'missing-value');
  if (lastYear === 'invalid' || !growth.ok) return notComputable(formula, 'invalid-value');
  const step = growth.value * Math.abs(lastYear);
  return computed(roundTo(lower ? lastYear - step : lastYear + step, decimals), formula);
}

/** A goal's plan for the year: its target, where it comes from, and the suggestion beside it. */
export interface GoalPlanFigures {
  id: string;
  growth: Figure;
  suggested: Figure;
  /** The year total shown: the sum of the stored months, else the target set, else the suggestion. */
  target: Figure;
  source: 'months' | 'set' | 'suggested';
}

/** One goal's plan target ([PLAN-3], [PLAN-4]). */
export function goalPlanFigures(
  goal: GoalInput & { id: string },
  boardGrowth: number,
  currency: string,
): GoalPlanFigures {
  const decimals = decimalsOf(goal.unit, currency);
  const growth = growthOf(goal, boardGrowth);
  const suggested = suggestedTarget(goal, growth, decimals);
  const months = ADDITIVE_UNITS.includes(goal.unit) ? storedMonths(goal) : null;
  if (months) return { id: goal.id, growth, suggested, target: sumFigure(months, decimals), source: 'months' };
  const set = storedFigure(goal.target, TARGET_FORMULAS.set);
  if (!set) return { id: goal.id, growth, suggested, target: suggested, source: 'suggested' };
  return { id: goal.id, growth, suggested, target: set, source: 'set' };
}

const sumFigure = (months: number[], decimals: number): Figure =>
  months.every(Number.isFinite)
    ? computed(sumAt(months, decimals), TARGET_FORMULAS.months)
    : notComputable(TARGET_FORMULAS.months, 'invalid-value');

/** The 12 month figures shown for a goal, and whether each was stored or derived. */
export interface GoalMonths {
  months: number[];
  stored: boolean[];
  /** Always the sum of `months` (in the unit's steps): the year total shown. */
  total: number;
  formula: string;
}

export const MONTH_FORMULAS = {
  derived: 'year total × month share of the seasonality profile (largest remainder, in the unit’s steps)',
  mixed: 'stored months; the others share (year total − stored months) by the seasonality profile',
  stored: 'stored months',
} as const;

/**
 * The months of a goal's year total ([PLAN-4], [PLAN-5]): the stored ones, and the others derived from the
 * total by the seasonality `weights`, in whole steps of the unit, so they ALWAYS add up to the total shown.
 * Null for rates and scores (not split) and for a total that cannot be computed.
 */
export function goalMonths(
  goal: Pick<Goal, 'unit' | 'months'>,
  target: Figure,
  weights: readonly number[],
  currency: string,
): GoalMonths | null {
  if (!ADDITIVE_UNITS.includes(goal.unit) || !target.ok) return null;
  const decimals = decimalsOf(goal.unit, currency);
  const stored = MONTHS.map((month) => {
    const value = read(goal.months?.[monthKey(month)]);
    return typeof value === 'number' ? value : null;
  });
  const missing = stored.flatMap((value, i) => (value === null ? [i] : []));
  if (missing.length === 0) {
    const months = stored as number[];
    return { months, stored: months.map(() => true), total: sumAt(months, decimals), formula: MONTH_FORMULAS.stored };
  }
  const have = stored.filter((value): value is number => value !== null);
  const rest = roundTo(target.value, decimals) - sumAt(have, decimals);
  const parts = splitByWeights(
    rest,
    missing.map((i) => weights[i] ?? 0),
    decimals,
  );
  const months = stored.map((value) => value ?? 0);
  missing.forEach((at, k) => {
    months[at] = parts[k] as number;
  });
  return {
    months,
    stored: stored.map((value) => value !== null),
    total: sumAt(months, decimals),
    formula: have.length ? MONTH_FORMULAS.mixed : MONTH_FORMULAS.derived,
  };
}
