import type { Unit } from '../records/goal.ts';

const minorDigits = new Map<string, number>();

/**
 * How many decimals a figure of `unit` is kept to: the currency's minor unit for money (2 for CNY and
 * EUR, 0 for JPY), none for counts. Rates and scores are not split, so any precision is theirs.
 */
export function decimalsOf(unit: Unit, currency: string): number {
  if (unit === 'count') return 0;
  if (unit !== 'money') return 6;
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}

/** `value` in whole steps of 10^−decimals (cents for money with 2 decimals). */
// `|| 0` turns −0 into 0, so a split of nothing compares equal everywhere.
export const toSteps = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) || 0;
export const fromSteps = (steps: number, decimals: number): number => steps / 10 ** decimals;
/** `value` rounded to its unit's precision. */
export const roundTo = (value: number, decimals: number): number => fromSteps(toSteps(value, decimals), decimals);

/** The sum of figures kept to `decimals`, added up in whole steps so it is exact (no 0.1 + 0.2 drift). */
export function sumAt(values: readonly number[], decimals: number): number {
  let steps = 0;
  for (const value of values) steps += toSteps(value, decimals);
  return fromSteps(steps, decimals);
}

/** Weights whose net is below 1/MAX_CANCELLATION of their size cancel out: they split evenly. */
const MAX_CANCELLATION = 1e6;

/**
 * Splits `total` into parts proportional to `weights`, each kept to `decimals`, that add up EXACTLY to the
 * total (rounded to `decimals`): largest-remainder rounding in whole steps. Weights that are not finite, add
 * up to zero, or cancel out (signs that leave a net far smaller than their size, so the "proportions" would be
 * huge and opposite) split evenly. Ties of remainder go to the earlier part, so every peer splits the same way.
 *
 * @example splitByWeights(100, [1, 1, 1], 2) // [33.34, 33.33, 33.33]
 */
export function splitByWeights(total: number, weights: readonly number[], decimals: number): number[] {
  const count = weights.length;
  if (count === 0) return [];
  const totalSteps = toSteps(total, decimals);
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const size = weights.reduce((sum, weight) => sum + Math.abs(weight), 0);
  const usable = Number.isFinite(size) && weightSum !== 0 && Math.abs(weightSum) * MAX_CANCELLATION >= size;
  const shares = usable ? weights.map((weight) => weight / weightSum) : weights.map(() => 1 / count);
  const steps = new Array<number>(count);
  const remainders = new Array<{ index: number; rest: number }>(count);
  let given = 0;
  for (let i = 0; i < count; i++) {
    const exact = totalSteps * (shares[i] as number);
    const whole = Math.floor(exact);
    steps[i] = whole;
    given += whole;
    remainders[i] = { index: i, rest: exact - whole };
  }
  // Floors leave the parts a few steps short (fewer than one per part): the largest remainders get them.
  // Shares that add up to a hair over 1 could overshoot instead: the smallest remainders give it back.
  let left = totalSteps - given;
  // Floating error on large figures can leave more than one step per part: hand those out evenly at once, so
  // the loop below gives at most one more step to each part.
  const each = Math.trunc(left / count);
  if (each !== 0) {
    for (let i = 0; i < count; i++) steps[i] = (steps[i] as number) + each;
    left -= each * count;
  }
  remainders.sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (let k = 0; left !== 0; k++) {
    const from = left > 0 ? k % count : count - 1 - (k % count);
    const at = (remainders[from] as { index: number }).index;
    steps[at] = (steps[at] as number) + Math.sign(left);
    left -= Math.sign(left);
  }
  return steps.map((part) => fromSteps(part, decimals));
}
