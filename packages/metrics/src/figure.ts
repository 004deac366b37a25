/**
 * A derived number with the formula that made it, or the reason it cannot be computed.
 * Never NaN, never Infinity: the UI shows `reason` instead of a number.
 */
export type Figure =
  | { ok: true; value: number; formula: string }
  | { ok: false; value: null; formula: string; reason: NotComputable };

/** Why a figure has no value. The UI translates these codes. */
export type NotComputable = 'missing-target' | 'missing-actual' | 'missing-value' | 'zero-divisor' | 'invalid-value';

export const computed = (value: number, formula: string): Figure =>
  Number.isFinite(value) ? { ok: true, value, formula } : { ok: false, value: null, formula, reason: 'invalid-value' };

export const notComputable = (formula: string, reason: NotComputable): Figure => ({
  ok: false,
  value: null,
  formula,
  reason,
});

/** `numerator / denominator` as a Figure, with the reasons a division can fail. */
export function ratio(
  numerator: number | null,
  denominator: number | null,
  formula: string,
  missing: { numerator: NotComputable; denominator: NotComputable } = {
    numerator: 'missing-value',
    denominator: 'missing-value',
  },
): Figure {
  if (numerator === null) return notComputable(formula, missing.numerator);
  if (denominator === null) return notComputable(formula, missing.denominator);
  if (denominator === 0) return notComputable(formula, 'zero-divisor');
  return computed(numerator / denominator, formula);
}
