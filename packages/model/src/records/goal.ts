import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { longText, optionalNumber, orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';
import { carriedFrom, growthRate, MONTHS, monthEntry, monthFigures, monthKey } from './plan.ts';

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
  /** Plan: this goal's own growth rate; null = the board's (`plan.growth`). */
  growth: growthRate.nullable().optional(),
  /** Plan: month figures of the target (`'1'`…`'12'`); empty = derived from the target and the seasonality. */
  months: monthFigures.optional(),
  carriedFrom: carriedFrom.optional(),
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
  nested: { months: 'numbers' },
  nestedRecords: { months: monthEntry },
  readCheck: monthsDisagree,
};

/** Units whose months add up to the year (money, counts); rates and scores are not split into months. */
export const ADDITIVE_UNITS: readonly Unit[] = ['money', 'count'];

/**
 * The one state a concurrent edit can leave a split goal in: every month stored, and a stored target that
 * is not their sum (the total edited on one peer, a month on another). The months win the display (the
 * year shown is always their sum); the stored target is kept and flagged, never silently dropped.
 */
function monthsDisagree(goal: GoalFields): [string, string] | null {
  const stored = MONTHS.map((month) => goal.months?.[monthKey(month)]);
  if (stored.some((value) => value === undefined)) return null;
  if (!ADDITIVE_UNITS.includes(goal.unit)) return ['months', `a ${goal.unit} goal is not split into months`];
  const sum = (stored as number[]).reduce((total, value) => total + value, 0);
  if (goal.target === null) return ['target', `blank, while its months add up to ${sum}`];
  const tolerance = Math.max(1e-6, Math.abs(goal.target) * 1e-12);
  return Math.abs(sum - goal.target) > tolerance
    ? ['target', `the months add up to ${sum}, not to the stored ${goal.target}`]
    : null;
}
