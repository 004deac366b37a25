import { z } from 'zod';

// The plan's fields on goals, ledger lines, events and measures are optional: absent on every board made
// before plans (and on a review's records), so those read exactly as before and no peer writes a dozen nulls
// per record. Absent means blank: suggested, derived or not started.

/**
 * A growth rate as a fraction (0.15 = +15 %). Below −1 a figure would change sign, above 10 it is a typo
 * far more often than a plan; both are refused on write and flagged on read.
 */
export const GROWTH_LIMITS = { min: -1, max: 10 } as const;
export const growthRate = z
  .number({ message: 'expected a growth rate as a number (0.15 = 15 %)' })
  .finite('expected a finite growth rate')
  .min(GROWTH_LIMITS.min, 'a growth rate cannot be below −100 %')
  .max(GROWTH_LIMITS.max, 'a growth rate cannot be above +1000 %');

/** A planned amount of money: blank, or a finite number that is not negative. */
export const budgetAmount = z
  .number({ message: 'expected a budget as a number' })
  .finite('expected a finite budget')
  .min(0, 'a budget cannot be negative')
  .nullable();

/** A ratio assumed by a plan (ROAS, conversion): blank = last year's, otherwise positive. */
export const assumedRatio = z.number().finite().positive('an assumed ratio must be above zero').nullable();

/** The months of a plan year, as keys of a goal's `months` map. */
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const monthKey = (month: number): string => String(month);
export const monthEntry = z.object({
  key: z.enum(MONTHS.map(monthKey) as [string, ...string[]], { message: 'expected a month 1–12' }),
  value: z.number().finite('expected a finite month figure'),
});
/** A goal's stored month figures (`'1'`…`'12'` → figure); a month not in it is derived from the year total. */
export const monthFigures = z.record(z.string(), z.number().finite());
export type MonthFigures = z.infer<typeof monthFigures>;

/** What a record of a plan board was carried over from, on the previous year's board (meta.previousBoardId). */
export const CARRIED_KINDS = ['goal', 'ledger', 'event', 'measure'] as const;
export type CarriedKind = (typeof CARRIED_KINDS)[number];
export const carriedFrom = z.object({ kind: z.enum(CARRIED_KINDS), id: z.string().min(1).max(64) }).nullable();
export type CarriedFrom = z.infer<typeof carriedFrom>;

/** Where a plan item (a measure of the plan year) stands. */
export const PLAN_ITEM_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** The `plan` root: the board-wide assumptions of the operating plan. */
export const planSchema = z.object({
  /** The growth every goal follows unless it has its own. */
  growth: growthRate,
  /** Last year's conversion rate (orders ÷ visitors), the base scenarios' conversion is compared with. */
  conversion: assumedRatio,
  /** The scenario last adopted into the plan's targets and budgets, or null. */
  adoptedScenarioId: z.string().max(64).nullable(),
});
export type PlanSettings = z.infer<typeof planSchema>;

export const planDefaults: PlanSettings = { growth: 0, conversion: null, adoptedScenarioId: null };
