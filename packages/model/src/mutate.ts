import * as Y from 'yjs';
import type { z } from 'zod';
import { type CollectionSpec, type Item, ModelError, parseInput, readItem, rootOf, writeFields } from './collection.ts';
import { newId } from './ids.ts';
import type { CollectionName } from './keys.ts';
import { compareOrdered, FIRST_ORDER_KEY, isOrderKey, type Ordered, orderAtEnd, orderAtIndex } from './order.ts';
import { MutationOrigin } from './origin.ts';

/** Runs `change` in one transaction tagged with the mutation's name, and returns its result. */
export function transact<T>(doc: Y.Doc, mutation: string, change: () => T): T {
  let result: T | undefined;
  doc.transact(() => {
    result = change();
  }, new MutationOrigin(mutation));
  return result as T;
}

export interface AddOptions {
  /** Use this id instead of a new one (templates, restores). */
  id?: string;
  /** Place at this index among the ordered siblings; default: at the end. */
  index?: number;
  /**
   * Write the record as a peer stored it (a board's export imported back): each field is still checked, but
   * a rule across fields it breaks (an event ending before it starts) is left for the readers to flag, as it
   * was on the board it came from, instead of refusing the whole board.
   */
  asStored?: boolean;
}

/** Returns the record's Y.Map or throws a clear error when there is no such record. */
export function getRecord(doc: Y.Doc, spec: { name: CollectionName; noun: string }, id: string): Y.Map<unknown> {
  const ymap = rootOf(doc, spec.name).get(id);
  if (!(ymap instanceof Y.Map)) throw new ModelError(`no ${spec.noun} with id "${id}"`);
  return ymap;
}

/**
 * The siblings of a record (all of its collection, or those `sameGroup` keeps), unsorted. Reads only each
 * sibling's plain fields, unvalidated but its order key: a full read of every sibling made each add cost
 * the whole collection's validation, which an import of thousands of rows paid quadratically.
 */
function siblingsOf(
  doc: Y.Doc,
  spec: CollectionSpec<z.ZodRawShape>,
  exceptId: string | null,
  sameGroup?: (item: Item<Record<string, unknown>>) => boolean,
): Ordered[] {
  const siblings: Ordered[] = [];
  for (const [id, ymap] of rootOf(doc, spec.name).entries()) {
    if (id === exceptId || !(ymap instanceof Y.Map)) continue;
    const raw = ymap.get('order');
    const order = typeof raw === 'string' && isOrderKey(raw) ? raw : FIRST_ORDER_KEY;
    if (!sameGroup || sameGroup({ ...plainFields(ymap), id, order })) siblings.push({ id, order });
  }
  return siblings;
}

/** The siblings of a record, sorted (see `siblingsOf`). */
export const orderedSiblings = (...args: Parameters<typeof siblingsOf>): Ordered[] =>
  siblingsOf(...args).sort(compareOrdered);

/** A key after every one of `siblings` (in any order): one pass, no sort, for the common add at the end. */
const orderAfter = (siblings: readonly Ordered[]): string =>
  orderAtEnd(siblings.length === 0 ? [] : [siblings.reduce((last, s) => (compareOrdered(s, last) > 0 ? s : last))]);

/** A record's top-level values that are not nested Yjs types, as stored (what a group test reads). */
function plainFields(ymap: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of ymap.entries()) if (!(value instanceof Y.AbstractType)) fields[key] = value;
  return fields;
}

/**
 * Checks the cross-field rules on the record as it would be after the write, BEFORE anything is
 * written: Yjs does not roll back a transaction that throws, so a late check would leave the bad
 * values in the document (and send them to every peer).
 */
export function checkWhole<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
  values: Record<string, unknown>,
): void {
  const problem = spec.check?.(values as z.infer<z.ZodObject<Shape>>);
  if (problem) throw new ModelError(`${spec.noun}.${problem[0]}: ${problem[1]}`);
}

const definedOnly = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));

/**
 * The four mutations every collection has: add, update, remove and (for ordered ones) move.
 * Each runs in one transaction; bad input throws a `ModelError` naming the field.
 */
export function collectionMutations<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
  names: { add: string; update: string; remove: string; move: string },
  /** For grouped orderings (measures in columns): which siblings share an item's order. */
  groupOf?: (item: Partial<z.infer<z.ZodObject<Shape>>>) => (other: Item<Record<string, unknown>>) => boolean,
) {
  const anySpec = spec as unknown as CollectionSpec<z.ZodRawShape>;
  const ordered = 'order' in spec.schema.shape;

  const add = (doc: Y.Doc, input: Partial<z.infer<z.ZodObject<Shape>>> = {}, options: AddOptions = {}): string =>
    transact(doc, names.add, () => {
      const values = { ...spec.defaults, ...parseInput(spec, input) } as Record<string, unknown>;
      const id = options.id ?? newId();
      if (rootOf(doc, spec.name).has(id)) throw new ModelError(`a ${spec.noun} with id "${id}" exists already`);
      if (ordered && (input as Record<string, unknown>).order === undefined) {
        const group = groupOf?.(values as never);
        values.order =
          options.index === undefined
            ? orderAfter(siblingsOf(doc, anySpec, null, group))
            : orderAtIndex(orderedSiblings(doc, anySpec, null, group), options.index);
      }
      if (!options.asStored) checkWhole(spec, values);
      const ymap = new Y.Map<unknown>();
      rootOf(doc, spec.name).set(id, ymap);
      writeFields(spec, ymap, values as Partial<z.infer<z.ZodObject<Shape>>>);
      return id;
    });

  const update = (doc: Y.Doc, id: string, patch: Partial<z.infer<z.ZodObject<Shape>>>): void =>
    transact(doc, names.update, () => {
      const ymap = getRecord(doc, anySpec, id);
      const values = parseInput(spec, patch);
      checkWhole(spec, { ...readItem(spec, id, ymap, []), ...definedOnly(values) });
      writeFields(spec, ymap, values);
    });

  const remove = (doc: Y.Doc, id: string): void =>
    transact(doc, names.remove, () => {
      getRecord(doc, anySpec, id);
      rootOf(doc, spec.name).delete(id);
    });

  /** Moves a record to `index` among its siblings (after the change); `group` moves it to another group first. */
  const move = (doc: Y.Doc, id: string, index: number, group?: Partial<z.infer<z.ZodObject<Shape>>>): void =>
    transact(doc, names.move, () => {
      if (!ordered) throw new ModelError(`${spec.noun}s have no order`);
      const ymap = getRecord(doc, anySpec, id);
      if (group) writeFields(spec, ymap, parseInput(spec, group));
      const current = readItem(spec, id, ymap, []);
      const siblings = orderedSiblings(doc, anySpec, id, groupOf?.(current as never));
      ymap.set('order', orderAtIndex(siblings, index));
    });

  return { add, update, remove, move };
}
