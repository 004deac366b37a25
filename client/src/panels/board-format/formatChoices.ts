import { checkCurrency, checkLocale } from '@balanza/model';
import type { useBoardFormatText } from './texts.ts';

/** Locales offered first (any other valid tag may be typed). */
export const COMMON_LOCALES = [
  'en-US',
  'en-GB',
  'es-ES',
  'es-MX',
  'es-AR',
  'es-CO',
  'es-CL',
  'es-PE',
  'zh-CN',
  'zh-TW',
  'zh-HK',
  'pt-BR',
  'fr-FR',
  'de-DE',
  'it-IT',
  'ja-JP',
  'ko-KR',
];

/** Currencies offered first (any other ISO 4217 code may be typed). */
export const COMMON_CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'BRL',
];

type FormatTexts = ReturnType<typeof useBoardFormatText>;

/** Why a typed locale cannot be the board's, in the UI language (null when it can). */
export function localeError(text: FormatTexts, tag: string): string | null {
  const check = checkLocale(tag);
  if (check.ok) return null;
  if (check.reason === 'not-canonical') return text.localeNotCanonical(tag, check.canonical);
  return check.reason === 'unsupported' ? text.localeUnsupported(tag) : text.localeMalformed(tag);
}

/** Why a typed currency cannot be the board's, in the UI language (null when it can). */
export function currencyError(text: FormatTexts, code: string): string | null {
  const check = checkCurrency(code);
  if (check.ok) return null;
  return check.reason === 'malformed' ? text.currencyMalformed(code) : text.currencyUnknown(code);
}

/** The locale a new board starts with: the browser's own, when it is a valid board locale. */
export function defaultLocale(): string {
  const tag = navigator.language;
  return checkLocale(tag).ok ? tag : 'en-US';
}
