import { z } from 'zod';
import { currencyCode, locale, shortText, year } from '../fields.ts';
import { SCHEMA_VERSION } from '../keys.ts';

/** The board's identity and how its numbers are shown. */
export const metaSchema = z.object({
  title: z.string().min(1, 'a board needs a title').max(200),
  shop: shortText,
  reviewedYear: year,
  planYear: year,
  /** ISO 4217, e.g. CNY, EUR, USD. */
  currency: currencyCode,
  locale,
  schemaVersion: z.number().int().positive(),
  createdAt: z.number().int().nonnegative(),
  /** Share of target (0.0–1.0) at or above which a goal counts as a highlight. */
  highlightThreshold: z.number().min(0).max(10),
});
export type BoardMeta = z.infer<typeof metaSchema>;

export const metaDefaults: BoardMeta = {
  title: 'Untitled board',
  shop: '',
  reviewedYear: 2026,
  planYear: 2027,
  currency: 'CNY',
  locale: 'en',
  schemaVersion: SCHEMA_VERSION,
  createdAt: 0,
  highlightThreshold: 1,
};

/** What a user gives to create a board; the rest comes from defaults and the template. */
export const newBoardSchema = z
  .object({
    title: metaSchema.shape.title,
    shop: shortText.default(''),
    reviewedYear: year,
    planYear: year.optional(),
    currency: currencyCode.default('CNY'),
    locale: locale.default('en'),
  })
  .strict();
export type NewBoard = z.input<typeof newBoardSchema>;
