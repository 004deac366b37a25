import { z } from 'zod';

/**
 * How a board shows numbers, dates and money (its locale and currency), and which of the languages the
 * app speaks a locale reads in. A board's locale is any BCP 47 tag Intl can format with, apart from
 * the UI language, which each person picks for themselves.
 */

/** The languages the app and the board template speak. */
export const LANGUAGES = ['en', 'es', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The app's language for a BCP 47 tag, or null when it speaks none that fits: es-* Spanish, zh* Chinese. */
export function matchLanguage(tag: string): Language | null {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'es') return 'es';
  if (primary === 'zh') return 'zh-CN';
  return null;
}

/** The language a board's template labels are written in: its locale's, else English. */
export const languageOfLocale = (locale: string): Language => matchLanguage(locale) ?? 'en';

/** What is wrong with a locale tag: not BCP 47, spelled otherwise than canonically, or unknown to Intl. */
export type LocaleCheck =
  | { ok: true }
  | { ok: false; reason: 'malformed' | 'unsupported' }
  | { ok: false; reason: 'not-canonical'; canonical: string };

/** Checks a tag as a board locale; the UI words the reason in its own language. */
export function checkLocale(tag: string): LocaleCheck {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!canonical) return { ok: false, reason: 'malformed' };
  if (canonical !== tag) return { ok: false, reason: 'not-canonical', canonical };
  if (Intl.NumberFormat.supportedLocalesOf([tag]).length === 0) return { ok: false, reason: 'unsupported' };
  return { ok: true };
}

/** Why a tag is not a board locale, in English (null when it is one). */
export function localeProblem(tag: string): string | null {
  const check = checkLocale(tag);
  if (check.ok) return null;
  if (check.reason === 'not-canonical') return `write the locale "${tag}" as "${check.canonical}"`;
  if (check.reason === 'unsupported')
    return `"${tag}" is not a locale this app can format numbers and dates in; try one such as en-GB, es-MX or zh-CN`;
  return `"${tag}" is not a BCP 47 language tag: write a language and an optional region, such as en-GB, es-MX or zh-CN`;
}

/** A canonical BCP 47 tag that Intl formats with, e.g. `en-GB`, `es-MX`, `zh-CN`, `pt-BR`. */
export const locale = z
  .string()
  .max(64, 'a locale tag is at most 64 characters')
  .superRefine((tag, context) => {
    const problem = localeProblem(tag);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
export type Locale = z.infer<typeof locale>;

// `new Intl.NumberFormat(..., { currency })` accepts any well-formed code (even 'XYZ'), so ask Intl for
// the list it knows; a runtime without `supportedValuesOf` accepts every well-formed code.
const knownCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

/** What is wrong with a currency code: not 3 capital letters, or not a code Intl knows. */
export type CurrencyCheck = { ok: true } | { ok: false; reason: 'malformed' | 'unknown' };

/** Checks a code as a board currency; the UI words the reason in its own language. */
export function checkCurrency(code: string): CurrencyCheck {
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, reason: 'malformed' };
  if (knownCurrencies && !knownCurrencies.has(code)) return { ok: false, reason: 'unknown' };
  return { ok: true };
}

/** Why a code is not a currency, in English (null when it is one). */
export function currencyProblem(code: string): string | null {
  const check = checkCurrency(code);
  if (check.ok) return null;
  return check.reason === 'malformed'
    ? `"${code}" is not an ISO 4217 currency code: write 3 capital letters, such as CNY, EUR or MXN`
    : `"${code}" is not a known ISO 4217 currency code (e.g. CNY, EUR, MXN)`;
}

/** ISO 4217 currency code that this runtime's Intl knows. */
export const currencyCode = z.string().superRefine((code, context) => {
  const problem = currencyProblem(code);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
