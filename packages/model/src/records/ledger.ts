import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { optionalNumber, orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';
import { budgetAmount, carriedFrom } from './plan.ts';

export const LEDGER_SIDES = ['input', 'output'] as const;
export type LedgerSide = (typeof LEDGER_SIDES)[number];

/** Cost categories (inputs) and turnover (output) of the year; `custom` lines carry their own label. */
export const LEDGER_CATEGORIES = [
  'labour',
  'product',
  'commission',
  'marketing',
  'logistics',
  'afterSales',
  'turnover',
  'custom',
] as const;
export type LedgerCategory = (typeof LEDGER_CATEGORIES)[number];
/** The categories of an input (cost) line, in the ledger's order: every category but turnover. */
export const INPUT_CATEGORIES = LEDGER_CATEGORIES.filter(
  (category): category is Exclude<LedgerCategory, 'turnover'> => category !== 'turnover',
);

export const ledgerSchema = z.object({
  side: z.enum(LEDGER_SIDES),
  category: z.enum(LEDGER_CATEGORIES),
  label: shortText,
  amount: optionalNumber,
  /** 1–12 for a monthly line; null for the whole year. */
  month: z.number().int().min(1).max(12).nullable(),
  lastYear: optionalNumber,
  order: orderKey,
  /** Plan: the planned amount of an input line; null = suggested from last year's cost share. */
  budget: budgetAmount.optional(),
  carriedFrom: carriedFrom.optional(),
});
export type LedgerFields = z.infer<typeof ledgerSchema>;
export type LedgerLine = Item<LedgerFields>;

export const ledgerSpec: CollectionSpec<typeof ledgerSchema.shape> = {
  name: 'ledger',
  noun: 'ledger line',
  schema: ledgerSchema,
  defaults: {
    side: 'input',
    category: 'custom',
    label: '',
    amount: null,
    month: null,
    lastYear: null,
    order: FIRST_ORDER_KEY,
  },
  check: (line) => (line.category === 'turnover' && line.side !== 'output' ? ['side', 'turnover is an output'] : null),
};
