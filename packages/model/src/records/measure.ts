import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { counters, idSet, longText, orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';
import { carriedFrom, PLAN_ITEM_STATUSES } from './plan.ts';

/** Next year's plan: what to keep doing, what to change, what to add. */
export const MEASURE_COLUMNS = ['keep', 'change', 'add'] as const;
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];

export const measureSchema = z.object({
  text: longText,
  column: z.enum(MEASURE_COLUMNS),
  order: orderKey,
  owner: shortText,
  /** e.g. "2027-Q2"; '' when not set. */
  due: z.union([z.literal(''), z.string().regex(/^\d{4}-Q[1-4]$/, 'expected a quarter like 2027-Q2')]),
  goalIds: idSet,
  eventIds: idSet,
  votes: counters,
  /** Identity id of who wrote it ('' for cards from before private writing). */
  author: z.string().max(64),
  /** Written during private writing: only its author sees it until the facilitator reveals all. */
  hidden: z.boolean(),
  /** Plan: how far the team is with it during the plan year. */
  status: z.enum(PLAN_ITEM_STATUSES).optional(),
  carriedFrom: carriedFrom.optional(),
});
export type MeasureFields = z.infer<typeof measureSchema>;
export type Measure = Item<MeasureFields>;

export const measureSpec: CollectionSpec<typeof measureSchema.shape> = {
  name: 'measures',
  noun: 'measure',
  schema: measureSchema,
  defaults: {
    text: '',
    column: 'keep',
    order: FIRST_ORDER_KEY,
    owner: '',
    due: '',
    goalIds: [],
    eventIds: [],
    votes: {},
    author: '',
    hidden: false,
  },
  nested: { goalIds: 'set', eventIds: 'set', votes: 'counter' },
};
