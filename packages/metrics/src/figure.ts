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

/**
 * A value as read from a snapshot (or from JSON a peer sent): a finite number, `null` when blank, or
 * `'invalid'` for anything else (NaN, Infinity, a string…). Metrics never trust their input's type.
 */
export type Reading = number | null | 'invalid';
export const read = (value: unknown): Reading =>
  value === null || value === undefined
    ? null
    : typeof value === 'number' && Number.isFinite(value)
      ? value
      : 'invalid';

/** The number of a reading, or the reason there is none. */
export const numberOr = (reading: Reading, missing: NotComputable): number | NotComputable =>
  reading === null ? missing : reading === 'invalid' ? 'invalid-value' : reading;

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
  const top = numberOr(read(numerator), missing.numerator);
  const bottom = numberOr(read(denominator), missing.denominator);
  if (typeof top === 'string') return notComputable(formula, top);
  if (typeof bottom === 'string') return notComputable(formula, bottom);
  if (bottom === 0) return notComputable(formula, 'zero-divisor');
  return computed(top / bottom, formula);
}

/** `a − b` as a Figure. */
export function difference(a: unknown, b: unknown, formula: string, missing: [NotComputable, NotComputable]): Figure {
  const left = numberOr(read(a), missing[0]);
  const right = numberOr(read(b), missing[1]);
  if (typeof left === 'string') return notComputable(formula, left);
  if (typeof right === 'string') return notComputable(formula, right);
  return computed(left - right, formula);
}

/**
 * Relative change `(now − before) ÷ |before|`. Dividing by the magnitude keeps the sign meaning
 * "went up": a loss of −100 that became −50 is +50 %, not −50 %.
 */
export function change(now: unknown, before: unknown, formula: string, negativeBaseFormula: string): Figure {
  const after = numberOr(read(now), 'missing-actual');
  const base = numberOr(read(before), 'missing-value');
  const label = typeof base === 'number' && base < 0 ? negativeBaseFormula : formula;
  if (typeof after === 'string') return notComputable(label, after);
  if (typeof base === 'string') return notComputable(label, base);
  if (base === 0) return notComputable(label, 'zero-divisor');
  return computed((after - base) / Math.abs(base), label);
}
