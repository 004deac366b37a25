import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { orderKey } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';
import { INPUT_CATEGORIES } from './ledger.ts';
import { assumedRatio, budgetAmount, growthRate } from './plan.ts';

const amount = budgetAmount.unwrap();
const entryOf = (key: z.ZodType<string>, value: z.ZodType<number>) => z.object({ key, value });
const id = z.string().min(1).max(64);
const inputCategory = z.enum(INPUT_CATEGORIES);

/**
 * A what-if scenario: a named set of assumptions beside the plan. Every blank assumption means "as in the
 * plan, or last year's"; the per-goal, per-category and per-campaign ones are nested maps created with the
 * scenario (so two peers setting the first one at once both keep theirs).
 */
export const scenarioSchema = z.object({
  name: z.string().trim().min(1, 'a scenario needs a name').max(120),
  order: orderKey,
  /** Growth of every goal without its own; null = the plan's. */
  growth: growthRate.nullable(),
  /** Return on ad spend assumed for every campaign; null = each campaign's last year. */
  roas: assumedRatio,
  /** Conversion rate assumed; null = last year's (`plan.conversion`). */
  conversion: assumedRatio,
  goalGrowth: z.record(z.string(), growthRate),
  categoryBudget: z.record(z.string(), amount),
  campaignBudget: z.record(z.string(), amount),
});
export type ScenarioFields = z.infer<typeof scenarioSchema>;
export type Scenario = Item<ScenarioFields>;

export const scenarioSpec: CollectionSpec<typeof scenarioSchema.shape> = {
  name: 'scenarios',
  noun: 'scenario',
  schema: scenarioSchema,
  defaults: {
    name: 'Scenario',
    order: FIRST_ORDER_KEY,
    growth: null,
    roas: null,
    conversion: null,
    goalGrowth: {},
    categoryBudget: {},
    campaignBudget: {},
  },
  nested: { goalGrowth: 'numbers', categoryBudget: 'numbers', campaignBudget: 'numbers' },
  nestedRecords: {
    goalGrowth: entryOf(id, growthRate),
    categoryBudget: entryOf(inputCategory, amount),
    campaignBudget: entryOf(id, amount),
  },
};

/** The assumptions a scenario holds one value of. */
export const SCENARIO_ASSUMPTIONS = ['growth', 'roas', 'conversion'] as const;
/** The assumptions a scenario holds per goal, per input category or per campaign. */
export const SCENARIO_KEYED_ASSUMPTIONS = ['goalGrowth', 'categoryBudget', 'campaignBudget'] as const;
export type ScenarioAssumption =
  | { kind: (typeof SCENARIO_ASSUMPTIONS)[number]; value: number | null }
  | { kind: (typeof SCENARIO_KEYED_ASSUMPTIONS)[number]; key: string; value: number | null };
