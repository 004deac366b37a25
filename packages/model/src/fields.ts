import { z } from 'zod';
import { isOrderKey } from './order.ts';

/** A figure that may be blank (not filled in yet). Never NaN or Infinity. */
export const optionalNumber = z.number().finite().nullable();

export const shortText = z.string().max(500);
export const longText = z.string().max(20_000);

export const orderKey = z.string().refine(isOrderKey, 'not a valid order key');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A calendar date as `YYYY-MM-DD` that exists (no 2026-02-30). */
export const isoDate = z.string().refine((value) => {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'expected a date as YYYY-MM-DD');

export const year = z.number().int().min(1990).max(2200);

// `new Intl.NumberFormat(..., { currency })` accepts any well-formed code (even 'XYZ'), so ask Intl for
// the list it knows; a runtime without `supportedValuesOf` accepts every well-formed code.
const knownCurrencies: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

/** ISO 4217 currency code that this runtime's Intl knows. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected a 3-letter ISO 4217 currency code')
  .refine((code) => knownCurrencies?.has(code) ?? true, 'unknown currency');

export const SUPPORTED_LOCALES = ['en', 'es', 'zh-CN'] as const;
export const locale = z.enum(SUPPORTED_LOCALES);
export type Locale = z.infer<typeof locale>;

/** Nested set of ids (a `Y.Map<id, true>`), read as a sorted array so concurrent adds both survive. */
export const idSet = z.array(z.string().max(64));
/** Nested per-person counters (a `Y.Map<personId, number>`), e.g. votes. */
export const counters = z.record(z.string().max(64), z.number().int().min(0).max(1000));
