import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { optionalNumber, orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';

/** Outputs that are not money: what the year built besides turnover. */
export const OUTCOME_KINDS = ['storeLevel', 'creditScore', 'returningCustomers', 'teamExperience', 'custom'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const outcomeSchema = z.object({
  kind: z.enum(OUTCOME_KINDS),
  label: shortText,
  before: optionalNumber,
  after: optionalNumber,
  /** Free text: "level", "points", "people"… */
  unit: z.string().max(40),
  order: orderKey,
});
export type OutcomeFields = z.infer<typeof outcomeSchema>;
export type Outcome = Item<OutcomeFields>;

export const outcomeSpec: CollectionSpec<typeof outcomeSchema.shape> = {
  name: 'outcomes',
  noun: 'outcome',
  schema: outcomeSchema,
  defaults: { kind: 'custom', label: '', before: null, after: null, unit: '', order: FIRST_ORDER_KEY },
};
