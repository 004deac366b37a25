import { z } from 'zod';
import { shortText, year } from '../fields.ts';
import { BOARD_ID_PATTERN } from '../ids.ts';
import { SCHEMA_VERSION } from '../keys.ts';
import { currencyCode, locale } from '../locale.ts';

/** What a file can be imported into: goals (actuals), ledger lines, campaign results. */
export const IMPORT_TARGETS = ['goals', 'ledger', 'events'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** Per import target: field name → the header of the file column it was read from. */
const importColumns = z.partialRecord(
  z.enum(IMPORT_TARGETS),
  z.record(z.string().max(40), z.string().max(200)).refine((columns) => Object.keys(columns).length <= 40, {
    message: 'at most 40 remembered columns',
  }),
);

const boardLink = z.string().regex(BOARD_ID_PATTERN, 'expected a board id').optional();

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
  /**
   * The board of the year before, this board's plan was started from ("Start next year"). Absent (not
   * null) on a board that has none, so boards made before plans read exactly as they did.
   */
  previousBoardId: boardLink,
  /** The board of the year after, started from this one; absent until it is made. */
  nextBoardId: boardLink,
  /** The file columns the last import into each table read each field from, offered again next time. */
  importColumns: importColumns.optional(),
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
