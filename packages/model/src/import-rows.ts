import { generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import type { z } from 'zod';
import { type CollectionSpec, ModelError, parseInput, readItem } from './collection.ts';
import { checkWhole, getRecord, orderedSiblings, transact } from './mutate.ts';
import {
  addEvent,
  addGoal,
  addLedgerLine,
  updateEvent,
  updateGoal,
  updateLedgerLine,
  updateMeta,
} from './mutations.ts';
import { readMeta } from './read.ts';
import { eventSpec } from './records/event.ts';
import { goalSpec } from './records/goal.ts';
import { ledgerSpec } from './records/ledger.ts';
import type { ImportTarget } from './records/meta.ts';

/** One row of an imported file as a change: the fields of an existing record (`id`), or a new record (`id: null`). */
export interface ImportChange {
  id: string | null;
  values: Record<string, unknown>;
}

const TABLES = {
  goals: { spec: goalSpec, add: addGoal, update: updateGoal },
  ledger: { spec: ledgerSpec, add: addLedgerLine, update: updateLedgerLine },
  events: { spec: eventSpec, add: addEvent, update: updateEvent },
} as const;

/**
 * Applies the rows of an import in ONE transaction (one step to undo, one update every peer receives), and
 * remembers which file column each field came from. New records go after the existing ones in file order;
 * their order keys are made in one go, so an import of thousands of rows never scans the table per row.
 * Every row is checked before the first is written (a bad one throws a `ModelError` and nothing is applied).
 * @returns the number of rows applied.
 */
export function applyImport(
  doc: Y.Doc,
  target: ImportTarget,
  changes: readonly ImportChange[],
  columns: Record<string, string>,
): number {
  const table = TABLES[target];
  if (!table) throw new ModelError(`import: no table "${target}"`);
  const added = changes.filter((change) => change.id === null);
  checkAll(doc, table.spec as never, changes);
  return transact(doc, 'importRows', () => {
    // Events have no order of their own (the timeline places them by date).
    const ordered = 'order' in table.spec.schema.shape;
    const last = ordered ? (orderedSiblings(doc, table.spec as never, null).at(-1)?.order ?? null) : null;
    const orders = ordered ? generateNKeysBetween(last, null, added.length) : [];
    let next = 0;
    for (const change of changes) {
      if (change.id !== null) table.update(doc, change.id, change.values as never);
      else {
        const order = orders[next++];
        table.add(doc, (order ? { ...change.values, order } : change.values) as never);
      }
    }
    updateMeta(doc, { importColumns: { ...readMeta(doc).importColumns, [target]: columns } });
    return changes.length;
  });
}

/**
 * Every row checked before anything is written: Yjs does not roll back a transaction that throws, so a row
 * that fails late (a record a peer deleted since the preview) would otherwise leave the rows before it applied.
 */
function checkAll(doc: Y.Doc, spec: CollectionSpec<z.ZodRawShape>, changes: readonly ImportChange[]): void {
  for (const change of changes) {
    const values = parseInput(spec, change.values);
    const current = change.id === null ? spec.defaults : readItem(spec, change.id, getRecord(doc, spec, change.id), []);
    checkWhole(spec, { ...current, ...values });
  }
}
