import type * as Y from 'yjs';
import { z } from 'zod';
import { ModelError, parseValue } from '../collection.ts';
import { ROOT } from '../keys.ts';
import { collectionMutations, getRecord, transact } from '../mutate.ts';
import { eventSpec } from '../records/event.ts';
import { goalSpec } from '../records/goal.ts';
import { ledgerSpec } from '../records/ledger.ts';
import { budgetAmount } from '../records/plan.ts';
import { type ScenarioAssumption, scenarioSchema, scenarioSpec } from '../records/scenario.ts';
import { numbersOf, prepareYearTotal } from './goal-plan.ts';

const scenarios = collectionMutations(scenarioSpec, {
  add: 'addScenario',
  update: 'renameScenario',
  remove: 'removeScenario',
  move: 'moveScenario',
});

/** Adds a what-if scenario (its per-goal, per-category and per-campaign maps are created with it). */
export const addScenario = (doc: Y.Doc, name: string, options?: Parameters<typeof scenarios.add>[2]): string =>
  scenarios.add(doc, { name }, options);
export const renameScenario = (doc: Y.Doc, id: string, name: string): void => scenarios.update(doc, id, { name });
export const moveScenario = scenarios.move;
/** Removes a scenario; when it was the adopted one the plan forgets that (its numbers stay in the plan). */
export function removeScenario(doc: Y.Doc, id: string): void {
  transact(doc, 'removeScenario', () => {
    scenarios.remove(doc, id);
    const plan = doc.getMap(ROOT.plan);
    if (plan.get('adoptedScenarioId') === id) plan.set('adoptedScenarioId', null);
  });
}

const keyedRoots = { goalGrowth: goalSpec, campaignBudget: eventSpec } as const;

/**
 * Sets one assumption of a scenario ([PLAN-9]): its growth, ROAS or conversion, or the growth of one goal,
 * the budget of one input category or of one campaign. `value: null` clears it (back to the plan's or last
 * year's). Keyed assumptions are entries of the scenario's nested maps, so two people setting two goals'
 * growth at once both keep theirs.
 */
export function setScenarioAssumption(doc: Y.Doc, id: string, assumption: ScenarioAssumption): void {
  const kind = assumption?.kind;
  const shape = scenarioSchema.shape;
  if (kind === 'growth' || kind === 'roas' || kind === 'conversion') {
    const value = parseValue(shape[kind], `scenario.${kind}`, assumption.value);
    transact(doc, 'setScenarioAssumption', () => {
      const ymap = getRecord(doc, scenarioSpec, id);
      if (ymap.get(kind) !== value) ymap.set(kind, value);
    });
    return;
  }
  if (kind !== 'goalGrowth' && kind !== 'categoryBudget' && kind !== 'campaignBudget')
    throw new ModelError(`scenario: "${String(kind)}" is not an assumption of a scenario`);
  const entry = scenarioSpec.nestedRecords?.[kind] as z.ZodType;
  const key = String(assumption.key);
  // A clear still checks the key (0 stands in for the value, valid for every keyed assumption).
  parseValue(entry, `scenario.${kind}`, { key, value: assumption.value ?? 0 });
  if (kind !== 'categoryBudget') getRecord(doc, keyedRoots[kind], key);
  transact(doc, 'setScenarioAssumption', () => {
    const map = numbersOf(getRecord(doc, scenarioSpec, id), kind);
    if (assumption.value === null) map.delete(key);
    else if (map.get(key) !== assumption.value) map.set(key, assumption.value);
  });
}

const numbers = z.record(z.string(), z.number().finite('expected a finite number'));
const budgets = z.record(z.string(), budgetAmount.unwrap());
/** What adopting a scenario writes into the plan, as `@balanza/metrics` projects it (`scenarioAdoption`). */
export const adoptionSchema = z
  .object({
    goalTargets: numbers,
    lineBudgets: budgets,
    eventBudgets: budgets,
    eventTargets: numbers,
  })
  .strict();
export type ScenarioAdoption = z.infer<typeof adoptionSchema>;

/**
 * Adopts a scenario ([PLAN-10]): writes its projected goal targets (rescaling split months), line budgets,
 * campaign budgets and planned GMV into the plan, and marks it adopted — in ONE transaction, so everyone sees
 * it at once and one undo takes it back. Every value and id is checked before anything is written.
 */
export function adoptScenario(doc: Y.Doc, scenarioId: string, adoption: ScenarioAdoption): void {
  const checked = parseValue(adoptionSchema, 'adoption', adoption);
  getRecord(doc, scenarioSpec, scenarioId);
  const totals = Object.entries(checked.goalTargets).map(([id, target]) => prepareYearTotal(doc, id, target));
  const lines = Object.entries(checked.lineBudgets).map(([id, budget]) => {
    const ymap = getRecord(doc, ledgerSpec, id);
    if (ymap.get('side') !== 'input') throw new ModelError(`adoption.lineBudgets: "${id}" is not an input line`);
    return () => ymap.get('budget') !== budget && ymap.set('budget', budget);
  });
  const eventWrites = [
    ...Object.entries(checked.eventBudgets).map(([id, value]) => ({ id, field: 'budget', value })),
    ...Object.entries(checked.eventTargets).map(([id, value]) => ({ id, field: 'targetGmv', value })),
  ].map(({ id, field, value }) => {
    const ymap = getRecord(doc, eventSpec, id);
    return () => ymap.get(field) !== value && ymap.set(field, value);
  });
  transact(doc, 'adoptScenario', () => {
    for (const write of [...totals, ...lines, ...eventWrites]) write();
    const plan = doc.getMap(ROOT.plan);
    if (plan.get('adoptedScenarioId') !== scenarioId) plan.set('adoptedScenarioId', scenarioId);
  });
}
