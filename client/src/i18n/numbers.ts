import type { Unit } from '@balanza/model';

/** How a board shows its numbers: Intl with the board's locale and currency. */
export interface NumberFormats {
  locale: string;
  currency: string;
  /** A stored value in its unit: money with the currency, percent (0–100) with %, counts grouped. */
  value(unit: Unit, value: number): string;
  /** The same value as the user would type it: no grouping, the locale's decimal separator. */
  editable(value: number): string;
  /** A ratio (0.875) as a percentage ("87.5 %"). */
  ratio(value: number): string;
  /** A difference in the goal's unit, always signed; percent goals differ in percentage points. */
  difference(unit: Unit, value: number, pointsSuffix: string): string;
  signedRatio(value: number): string;
  /** A multiple such as a ROAS ("3.2×"). */
  multiple(value: number): string;
  /**
   * The value shortened as a finance person would (`¥12.0M`, `43.5K`; Intl compact notation in the
   * board's locale), for a box too narrow for the whole figure; `signed` for a difference.
   */
  compact(unit: Unit, value: number, signed?: boolean): string;
  /** The locale's decimal separator, for examples in error messages. */
  decimalSeparator: string;
  /** What a money cell may contain besides the number ("€", "US$", "EUR"), stripped when parsing. */
  currencyTokens: string[];
}

const cache = new Map<string, NumberFormats>();

/** Formats for a board; memoised per locale and currency, since Intl formatters are costly to build. */
export function numberFormats(locale: string, currency: string): NumberFormats {
  const key = `${locale}|${currency}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Narrow symbols ("¥", not "CN¥") keep dense cells readable; the board shows its currency code once.
  const moneyOptions = {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    trailingZeroDisplay: 'stripIfInteger',
  } as const;
  const money = new Intl.NumberFormat(locale, moneyOptions);
  const signedMoney = new Intl.NumberFormat(locale, { ...moneyOptions, signDisplay: 'exceptZero' });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const signedPlain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signedRatio = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const editable = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 });
  const multiple = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // One decimal always ("¥12.0M"), so the short forms of a column read alike.
  const compactOptions = {
    notation: 'compact',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    trailingZeroDisplay: 'auto',
  } as const;
  // [plain, signed] for money and for counts; percentages are short already and have none.
  const compactOf = (options: Intl.NumberFormatOptions) =>
    [false, true].map(
      (signed) =>
        new Intl.NumberFormat(locale, { ...options, ...compactOptions, signDisplay: signed ? 'exceptZero' : 'auto' }),
    );
  const compactMoney = compactOf(moneyOptions);
  const compactPlain = compactOf({});
  const decimalSeparator = plain.formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';

  const symbolOf = (display: 'symbol' | 'narrowSymbol') =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: display })
      .formatToParts(1)
      .find((part) => part.type === 'currency')?.value ?? '';
  // Longest first, so "US$" is stripped before "$" would leave a stray "US".
  const currencyTokens = [...new Set([symbolOf('symbol'), symbolOf('narrowSymbol'), currency])]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);

  const formats: NumberFormats = {
    locale,
    currency,
    value: (unit, value) =>
      unit === 'money' ? money.format(value) : unit === 'percent' ? percent.format(value / 100) : plain.format(value),
    editable: (value) => editable.format(value),
    ratio: (value) => ratio.format(value),
    difference: (unit, value, pointsSuffix) =>
      unit === 'money'
        ? signedMoney.format(value)
        : unit === 'percent'
          ? `${signedPlain.format(value)} ${pointsSuffix}`
          : signedPlain.format(value),
    signedRatio: (value) => signedRatio.format(value),
    multiple: (value) => `${multiple.format(value)}×`,
    compact: (unit, value, signed = false) => {
      if (unit === 'percent') return signed ? signedPlain.format(value) : percent.format(value / 100);
      return ((unit === 'money' ? compactMoney : compactPlain)[signed ? 1 : 0] as Intl.NumberFormat).format(value);
    },
    decimalSeparator,
    currencyTokens,
  };
  cache.set(key, formats);
  return formats;
}

/** A safe formats object for a locale/currency a peer may have written wrongly. */
export function safeNumberFormats(locale: string, currency: string): NumberFormats {
  try {
    return numberFormats(locale, currency);
  } catch {
    return numberFormats('en', 'USD');
  }
}
