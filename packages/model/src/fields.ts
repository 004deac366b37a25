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

/** Nested set of ids (a `Y.Map<id, true>`), read as a sorted array so concurrent adds both survive. */
export const idSet = z.array(z.string().max(64));
/** Nested per-person counters (a `Y.Map<personId, number>`), e.g. votes. */
export const counters = z.record(z.string().max(64), z.number().int().min(0).max(1000));
