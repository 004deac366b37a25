import * as Y from 'yjs';
import { z } from 'zod';
import { ModelError, parseValue, readItem } from '../collection.ts';
import { getRecord, transact } from '../mutate.ts';
import { readMeta } from '../read.ts';
import { ADDITIVE_UNITS, type Goal, goalSpec } from '../records/goal.ts';
import { growthRate, MONTHS, monthKey } from '../records/plan.ts';
import { decimalsOf, roundTo, splitByWeights, sumAt } from './split.ts';

const figure = z.number({ message: 'expected a number' }).finite('expected a finite number');
const shownMonths = z.array(figure).length(12, 'expected the 12 months shown');
const monthNumber = z.number().int().min(1, 'expected a month 1–12').max(12, 'expected a month 1–12');

/** A record's nested `Y.Map<key, number>`, created if an older peer made the record without it. */
export function numbersOf(record: Y.Map<unknown>, field: string): Y.Map<number> {
  const nested = record.get(field);
  if (nested instanceof Y.Map) return nested as Y.Map<number>;
  const created = new Y.Map<number>();
  record.set(field, created);
  return created;
}

/** The goal's 12 stored months, or null when any is missing (then they are derived from the year total). */
export function storedMonths(goal: Pick<Goal, 'months'>): number[] | null {
  const months = MONTHS.map((month) => goal.months?.[monthKey(month)]);
  return months.every((value) => typeof value === 'number') ? (months as number[]) : null;
}

function readGoal(doc: Y.Doc, id: string): { ymap: Y.Map<unknown>; goal: Goal; decimals: number } {
  const ymap = getRecord(doc, goalSpec, id);
  const goal = readItem(goalSpec, id, ymap, []) as Goal;
  return { ymap, goal, decimals: decimalsOf(goal.unit, readMeta(doc).currency) };
}

function writeMonths(ymap: Y.Map<unknown>, months: readonly number[], decimals: number): void {
  const stored = numbersOf(ymap, 'months');
  MONTHS.forEach((month, i) => {
    const value = months[i] as number;
    if (stored.get(monthKey(month)) !== value) stored.set(monthKey(month), value);
  });
  const total = sumAt(months, decimals);
  if (ymap.get('target') !== total) ymap.set('target', total);
}

/**
 * The write that sets a goal's year total, checked before it runs (Yjs keeps what a throwing transaction
 * wrote). A goal split into months gets them rescaled to the new total (largest remainder in the unit's
 * steps, so they add up exactly); a goal whose months are derived keeps them derived; blank clears both.
 */
export function prepareYearTotal(doc: Y.Doc, id: string, total: number | null, shown?: readonly number[]) {
  const checked = total === null ? null : parseValue(figure, 'goal.target', total);
  const weights = shown === undefined ? undefined : parseValue(shownMonths, 'goal.months', shown);
  const { ymap, goal, decimals } = readGoal(doc, id);
  const additive = ADDITIVE_UNITS.includes(goal.unit);
  return () => {
    const months = ymap.get('months');
    if (checked === null || !additive) {
      if (months instanceof Y.Map) for (const key of [...months.keys()]) months.delete(key);
      if (ymap.get('target') !== checked) ymap.set('target', checked);
      return;
    }
    const stored = storedMonths(goal);
    const partial = !stored && Object.keys(goal.months ?? {}).length > 0;
    const base = stored ?? (partial ? weights : undefined);
    if (base) writeMonths(ymap, splitByWeights(checked, base, decimals), decimals);
    else {
      // Derived months, or a partial split with nothing to weigh it by: the months follow the new total.
      if (months instanceof Y.Map) for (const key of [...months.keys()]) months.delete(key);
      ymap.set('target', roundTo(checked, decimals));
    }
  };
}

/**
 * Sets a goal's year total ([PLAN-4]): rescales its stored months so they still add up to it exactly.
 * `shown` (the 12 months on screen) weighs a split that lost some months to bad values.
 */
export function setGoalYearTotal(doc: Y.Doc, id: string, total: number | null, shown?: readonly number[]): void {
  const write = prepareYearTotal(doc, id, total, shown);
  transact(doc, 'setGoalYearTotal', write);
}

/**
 * Sets one month of a goal's plan ([PLAN-4]); the year total becomes the sum of the months. A goal whose
 * months were derived gets all 12 stored at once, from `shown` (what the person sees), so the months
 * they did not touch keep the values they saw.
 */
export function setGoalMonth(doc: Y.Doc, id: string, month: number, value: number, shown?: readonly number[]): void {
  const at = parseValue(monthNumber, 'goal.months', month);
  const checked = parseValue(figure, `goal.months.${at}`, value);
  const { ymap, goal, decimals } = readGoal(doc, id);
  if (!ADDITIVE_UNITS.includes(goal.unit))
    throw new ModelError(`goal.months: a ${goal.unit} goal is not split into months; set its target for the year`);
  const stored = storedMonths(goal);
  const base = stored ?? parseValue(shownMonths, 'goal.months', shown);
  const months = base.map((figureOf, i) => roundTo(i === at - 1 ? checked : figureOf, decimals));
  transact(doc, 'setGoalMonth', () => {
    if (stored) {
      // Only the edited month is written, so a concurrent edit of another month survives.
      numbersOf(ymap, 'months').set(monthKey(at), months[at - 1] as number);
      const total = sumAt(months, decimals);
      if (ymap.get('target') !== total) ymap.set('target', total);
    } else writeMonths(ymap, months, decimals);
  });
}

/** Sets a goal's own growth rate ([PLAN-2]); null = follow the board's. */
export function setGoalGrowth(doc: Y.Doc, id: string, growth: number | null): void {
  const checked = parseValue(growthRate.nullable(), 'goal.growth', growth);
  transact(doc, 'setGoalGrowth', () => {
    const ymap = getRecord(doc, goalSpec, id);
    if (ymap.get('growth') !== checked) ymap.set('growth', checked);
  });
}
