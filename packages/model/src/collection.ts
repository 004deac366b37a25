import * as Y from 'yjs';
import type { z } from 'zod';
import type { CollectionName } from './keys.ts';

/** How a field is stored when it is not a plain value: a nested Y.Map, so concurrent edits merge. */
export type NestedKind =
  /** `Y.Map<id, true>`, read as a sorted `string[]`. */
  | 'set'
  /** `Y.Map<personId, number>`, read as a `Record<string, number>`. */
  | 'counter'
  /** `Y.Map<id, Y.Map>`, read as an array of `{ id, ...fields }` sorted by `time` then id. */
  | 'records'
  /** `Y.Map<key, number>`, read as a `Record<string, number>` with each entry checked on its own (plan figures). */
  | 'numbers';

/** A value a peer wrote that does not fit the schema: shown as a flagged cell, never thrown or dropped. */
export interface Problem {
  collection: CollectionName | 'meta' | 'session' | 'plan';
  id: string;
  field: string;
  message: string;
}

/** Everything the model knows about one kind of record: its schema, defaults and storage. */
export interface CollectionSpec<Shape extends z.ZodRawShape> {
  name: CollectionName;
  /** Singular noun used in error messages ("goal", "event"). */
  noun: string;
  schema: z.ZodObject<Shape>;
  defaults: z.infer<z.ZodObject<Shape>>;
  nested?: { [K in keyof Shape]?: NestedKind };
  /** Schema of each nested record, for `records` fields; of each `{ key, value }` entry, for `numbers` fields. */
  nestedRecords?: { [K in keyof Shape]?: z.ZodType };
  /** Rules across fields, checked on writes and flagged on reads. Returns [field, message] or null. */
  check?: (item: z.infer<z.ZodObject<Shape>>) => [string, string] | null;
  /**
   * Rules across fields that are only flagged on read, never refused on write: states concurrent edits can
   * reach legitimately (a goal's months against its stored total), which must not block edits of other fields.
   */
  readCheck?: (item: z.infer<z.ZodObject<Shape>>) => [string, string] | null;
}

/** A record as the UI sees it: its id, its fields, and the fields a peer wrote wrongly. */
export type Item<Fields> = Fields & {
  id: string;
  /** Field name → what was wrong. Absent when every field is valid. */
  flags?: Record<string, string>;
};

export class ModelError extends Error {
  override name = 'ModelError';
}

export const rootOf = (doc: Y.Doc, name: CollectionName): Y.Map<Y.Map<unknown>> => doc.getMap(name);

function nestedToPlain(
  raw: Y.Map<unknown>,
  kind: NestedKind,
  recordSchema?: z.ZodType,
): { value: unknown; bad: string[] } {
  const bad: string[] = [];
  if (kind === 'set') {
    const ids = [...raw.entries()].filter(([, v]) => v === true).map(([k]) => k);
    return { value: ids.sort(), bad };
  }
  if (kind === 'counter') return { value: Object.fromEntries(raw.entries()), bad };
  if (kind === 'numbers') {
    // One bad entry is flagged and left out; the good ones stay usable.
    const good: Record<string, number> = {};
    for (const [key, value] of raw.entries()) {
      const parsed = recordSchema ? recordSchema.safeParse({ key, value }) : { success: true as const };
      if (parsed.success) good[key] = value as number;
      else bad.push(`${key}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    return { value: good, bad };
  }
  const records: Array<Record<string, unknown>> = [];
  for (const [id, entry] of raw.entries()) {
    const plain = entry instanceof Y.Map ? { id, ...entry.toJSON() } : { id };
    const parsed = recordSchema ? recordSchema.safeParse(plain) : { success: true as const, data: plain };
    if (parsed.success) records.push(parsed.data as Record<string, unknown>);
    else bad.push(`${id}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  records.sort((a, b) => Number(a.time ?? 0) - Number(b.time ?? 0) || String(a.id).localeCompare(String(b.id)));
  return { value: records, bad };
}

/**
 * Reads one stored record into a validated plain object. Each field is checked on its own: a bad
 * field falls back to its default and is flagged, the rest of the record stays usable.
 */
export function readItem<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
  id: string,
  ymap: unknown,
  problems: Problem[],
): Item<z.infer<z.ZodObject<Shape>>> {
  const item: Record<string, unknown> = { ...spec.defaults, id };
  const flags: Record<string, string> = {};
  const flag = (field: string, message: string) => {
    flags[field] = message;
    problems.push({ collection: spec.name, id, field, message });
  };
  if (!(ymap instanceof Y.Map)) {
    flag('*', `expected a ${spec.noun} record`);
    return { ...(item as z.infer<z.ZodObject<Shape>>), id, flags };
  }
  for (const [field, fieldSchema] of Object.entries(spec.schema.shape) as Array<[string, z.ZodType]>) {
    let raw = ymap.get(field);
    if (raw === undefined) continue;
    const kind = spec.nested?.[field as keyof Shape];
    if (kind) {
      if (!(raw instanceof Y.Map)) {
        flag(field, `expected nested ${kind}`);
        continue;
      }
      const converted = nestedToPlain(raw, kind, spec.nestedRecords?.[field as keyof Shape]);
      for (const message of converted.bad) flag(field, message);
      raw = converted.value;
    }
    const parsed = fieldSchema.safeParse(raw);
    if (parsed.success) item[field] = parsed.data;
    else flag(field, parsed.error.issues[0]?.message ?? 'invalid value');
  }
  const crossField = spec.check?.(item as z.infer<z.ZodObject<Shape>>);
  if (crossField) flag(crossField[0], crossField[1]);
  const readOnly = spec.readCheck?.(item as z.infer<z.ZodObject<Shape>>);
  if (readOnly) flag(readOnly[0], readOnly[1]);
  const result = item as Item<z.infer<z.ZodObject<Shape>>>;
  if (Object.keys(flags).length > 0) result.flags = flags;
  return result;
}

// Built once per collection: making the partial schema on every call cost more than the parse itself.
const inputSchemas = new WeakMap<object, z.ZodType>();
const inputSchemaOf = (spec: { schema: z.ZodObject }): z.ZodType => {
  let schema = inputSchemas.get(spec);
  if (!schema) {
    schema = spec.schema.partial().strict();
    inputSchemas.set(spec, schema);
  }
  return schema;
};

/** Validates a mutation's input with a clear message naming the record and field. */
export function parseInput<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
  input: unknown,
): Partial<z.infer<z.ZodObject<Shape>>> {
  const parsed = inputSchemaOf(spec).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${spec.noun}.${issue.path.join('.')}` : spec.noun;
    throw new ModelError(`${where}: ${issue?.message ?? 'invalid input'}`);
  }
  return parsed.data as Partial<z.infer<z.ZodObject<Shape>>>;
}

/** Validates one input value of a mutation; a `ModelError` names `what` and the path of the first issue. */
export function parseValue<T>(schema: z.ZodType<T>, what: string, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ModelError(`${what}${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Writes `values` into a record's Y.Map, touching only what changed (so concurrent edits of other fields merge). */
export function writeFields<Shape extends z.ZodRawShape>(
  spec: CollectionSpec<Shape>,
  ymap: Y.Map<unknown>,
  values: Partial<z.infer<z.ZodObject<Shape>>>,
): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const kind = spec.nested?.[key as keyof Shape];
    if (kind) writeNested(ymap, key, kind, value);
    else if (!sameValue(ymap.get(key), value)) ymap.set(key, value);
  }
}

function writeNested(ymap: Y.Map<unknown>, key: string, kind: NestedKind, value: unknown): void {
  let nested = ymap.get(key);
  if (!(nested instanceof Y.Map)) {
    nested = new Y.Map<unknown>();
    ymap.set(key, nested);
  }
  const target = nested as Y.Map<unknown>;
  if (kind === 'set') {
    const wanted = new Set(value as string[]);
    for (const existing of [...target.keys()]) if (!wanted.has(existing)) target.delete(existing);
    for (const id of wanted) if (target.get(id) !== true) target.set(id, true);
  } else if (kind === 'counter' || kind === 'numbers') {
    const wanted = value as Record<string, number>;
    for (const existing of [...target.keys()]) if (!(existing in wanted)) target.delete(existing);
    for (const [person, count] of Object.entries(wanted)) if (target.get(person) !== count) target.set(person, count);
  } else {
    throw new ModelError(`${key}: nested records are written through their own mutations`);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
