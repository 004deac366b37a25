import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { longText, optionalNumber, orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';

/** The standard goal metrics of an annual review; `custom` carries its own label. */
export const GOAL_KINDS = [
  'sales',
  'newCustomers',
  'returningCustomers',
  'growthRate',
  'marketShare',
  'operatingProfit',
  'teamStability',
  'custom',
] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** money: in the board currency; count: people, orders…; percent: 0–100; score: any scale. */
export const UNITS = ['money', 'count', 'percent', 'score'] as const;
export type Unit = (typeof UNITS)[number];

/** Whether a bigger actual is better (sales) or worse (return rate, cost). */
export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const goalSchema = z.object({
  kind: z.enum(GOAL_KINDS),
  label: shortText,
  unit: z.enum(UNITS),
  direction: z.enum(DIRECTIONS),
  target: optionalNumber,
  actual: optionalNumber,
  lastYear: optionalNumber,
  subjectiveCause: longText,
  objectiveCause: longText,
  /** The team's judgement: what to do about the deviation next year. */
  judgement: longText,
  order: orderKey,
});
export type GoalFields = z.infer<typeof goalSchema>;
export type Goal = Item<GoalFields>;

export const goalSpec: CollectionSpec<typeof goalSchema.shape> = {
  name: 'goals',
  noun: 'goal',
  schema: goalSchema,
  defaults: {
    kind: 'custom',
    label: '',
    unit: 'count',
    direction: 'higher',
    target: null,
    actual: null,
    lastYear: null,
    subjectiveCause: '',
    objectiveCause: '',
    judgement: '',
    order: FIRST_ORDER_KEY,
  },
};
