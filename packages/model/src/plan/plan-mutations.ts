import type * as Y from 'yjs';
import { z } from 'zod';
import { ModelError, parseValue, readItem } from '../collection.ts';
import { ROOT } from '../keys.ts';
import { getRecord, transact } from '../mutate.ts';
import { readMeta } from '../read.ts';
import { eventSpec } from '../records/event.ts';
import { ledgerSpec } from '../records/ledger.ts';
import { measureSpec } from '../records/measure.ts';
import { assumedRatio, budgetAmount, growthRate, PLAN_ITEM_STATUSES, type PlanItemStatus } from '../records/plan.ts';

function setPlan(doc: Y.Doc, mutation: string, key: string, value: unknown): void {
  transact(doc, mutation, () => {
    const plan = doc.getMap(ROOT.plan);
    if (plan.get(key) !== value) plan.set(key, value);
  });
}

/** Sets the growth rate every goal follows unless it has its own ([PLAN-2]), e.g. 0.15 for +15 %. */
export function setBoardGrowth(doc: Y.Doc, growth: number): void {
  setPlan(doc, 'setBoardGrowth', 'growth', parseValue(growthRate, 'plan.growth', growth));
}

/** Sets last year's conversion rate, the base scenarios compare their assumed conversion with ([PLAN-9]). */
export function setPlanConversion(doc: Y.Doc, conversion: number | null): void {
  setPlan(doc, 'setPlanConversion', 'conversion', parseValue(assumedRatio, 'plan.conversion', conversion));
}

function setField(doc: Y.Doc, ymap: Y.Map<unknown>, mutation: string, key: string, value: unknown): void {
  transact(doc, mutation, () => {
    if (ymap.get(key) !== value) ymap.set(key, value);
  });
}

/**
 * Sets the planned amount of an input line ([PLAN-6]); null = suggested from last year's cost share.
 * Turnover has no budget: it follows the sales target.
 */
export function setLineBudget(doc: Y.Doc, id: string, budget: number | null): void {
  const checked = parseValue(budgetAmount, 'ledger line.budget', budget);
  const ymap = getRecord(doc, ledgerSpec, id);
  if (readItem(ledgerSpec, id, ymap, []).side !== 'input')
    throw new ModelError('ledger line.budget: only input lines have a budget; turnover follows the sales target');
  setField(doc, ymap, 'setLineBudget', 'budget', checked);
}

/** Sets a campaign's planned spend ([PLAN-7]); its planned GMV is its target GMV (`updateEvent`). */
export function setEventBudget(doc: Y.Doc, id: string, budget: number | null): void {
  const checked = parseValue(budgetAmount, 'event.budget', budget);
  setField(doc, getRecord(doc, eventSpec, id), 'setEventBudget', 'budget', checked);
}

const planItemPatch = z
  .object({
    status: z.enum(PLAN_ITEM_STATUSES),
    /** 1–4, a quarter of the board's year; null clears it. */
    dueQuarter: z.number().int().min(1, 'expected a quarter 1–4').max(4, 'expected a quarter 1–4').nullable(),
  })
  .partial()
  .strict();

/**
 * Sets a plan item's status and due quarter ([PLAN-8]). The quarter is one of the board's own year (the
 * year its plan is for, `meta.reviewedYear`), stored as the measure's `due` (`2026-Q2`).
 */
export function setPlanItem(doc: Y.Doc, id: string, patch: { status?: PlanItemStatus; dueQuarter?: number | null }) {
  const checked = parseValue(planItemPatch, 'measure', patch);
  const ymap = getRecord(doc, measureSpec, id);
  const year = readMeta(doc).reviewedYear;
  transact(doc, 'setPlanItem', () => {
    if (checked.status !== undefined && ymap.get('status') !== checked.status) ymap.set('status', checked.status);
    if (checked.dueQuarter !== undefined) {
      const due = checked.dueQuarter === null ? '' : `${year}-Q${checked.dueQuarter}`;
      if (ymap.get('due') !== due) ymap.set('due', due);
    }
  });
}
