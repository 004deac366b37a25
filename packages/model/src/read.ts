import * as Y from 'yjs';
import type { z } from 'zod';
import { type CollectionSpec, type Item, type Problem, readItem, rootOf } from './collection.ts';
import { type CollectionName, ROOT } from './keys.ts';
import { compareOrdered } from './order.ts';
import { type CommentThread, threadSpec } from './records/comment.ts';
import { eventSpec, type TimelineEvent } from './records/event.ts';
import { type Goal, goalSpec } from './records/goal.ts';
import { type Lane, laneSpec } from './records/lane.ts';
import { type LedgerLine, ledgerSpec } from './records/ledger.ts';
import { type Measure, measureSpec } from './records/measure.ts';
import { type BoardMeta, metaDefaults, metaSchema } from './records/meta.ts';
import { type Outcome, outcomeSpec } from './records/outcome.ts';
import { type PlanSettings, planDefaults, planSchema } from './records/plan.ts';
import { type Scenario, scenarioSpec } from './records/scenario.ts';
import { type SessionState, sessionDefaults, sessionSchema } from './records/session.ts';

/** The whole board as plain, validated data: what the UI, the metrics and the HTTP API read. */
export interface BoardSnapshot {
  meta: BoardMeta;
  goals: Goal[];
  ledger: LedgerLine[];
  outcomes: Outcome[];
  lanes: Lane[];
  events: TimelineEvent[];
  measures: Measure[];
  comments: CommentThread[];
  session: SessionState;
  /** The operating plan's board-wide assumptions. */
  plan: PlanSettings;
  /** What-if scenarios, in their order. */
  scenarios: Scenario[];
  /** Every value in the document that does not fit the schema. */
  problems: Problem[];
}

type AnySpec = CollectionSpec<z.ZodRawShape>;
export const SPECS = {
  goals: goalSpec,
  ledger: ledgerSpec,
  outcomes: outcomeSpec,
  lanes: laneSpec,
  events: eventSpec,
  measures: measureSpec,
  comments: threadSpec,
  scenarios: scenarioSpec,
} as const satisfies Record<CollectionName, unknown>;

/** How each collection is sorted in snapshots. */
export const SORTS: Record<
  CollectionName,
  (a: Item<Record<string, unknown>>, b: Item<Record<string, unknown>>) => number
> = {
  goals: byOrder,
  ledger: byOrder,
  outcomes: byOrder,
  lanes: byOrder,
  measures: byOrder,
  scenarios: byOrder,
  events: (a, b) => compareText(String(a.start), String(b.start)) || compareText(a.id, b.id),
  comments: (a, b) => Number(a.createdAt) - Number(b.createdAt) || compareText(a.id, b.id),
};

function byOrder(a: Item<Record<string, unknown>>, b: Item<Record<string, unknown>>): number {
  return compareOrdered({ id: a.id, order: String(a.order) }, { id: b.id, order: String(b.order) });
}
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Reads one collection as a sorted array of validated items; adds their problems in the same order. */
export function readCollection<N extends CollectionName>(
  doc: Y.Doc,
  name: N,
  problems: Problem[] = [],
): BoardSnapshot[N] {
  const spec = SPECS[name] as unknown as AnySpec;
  const read: Array<{ item: Item<Record<string, unknown>>; problems: Problem[] }> = [];
  for (const [id, ymap] of rootOf(doc, name).entries()) {
    const own: Problem[] = [];
    read.push({ item: readItem(spec, id, ymap, own), problems: own });
  }
  read.sort((a, b) => SORTS[name](a.item, b.item));
  for (const entry of read) problems.push(...entry.problems);
  return read.map((entry) => entry.item) as unknown as BoardSnapshot[N];
}

function readSingle<T extends Record<string, unknown>>(
  map: Y.Map<unknown>,
  schema: z.ZodObject<z.ZodRawShape>,
  defaults: T,
  collection: 'meta' | 'session' | 'plan',
  problems: Problem[],
): T {
  const out: Record<string, unknown> = { ...defaults };
  for (const [field, fieldSchema] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const raw = map.get(field);
    if (raw === undefined) continue;
    const parsed = fieldSchema.safeParse(raw);
    if (parsed.success) out[field] = parsed.data;
    else
      problems.push({ collection, id: collection, field, message: parsed.error.issues[0]?.message ?? 'invalid value' });
  }
  return out as T;
}

export const readMeta = (doc: Y.Doc, problems: Problem[] = []): BoardMeta =>
  readSingle(doc.getMap(ROOT.meta), metaSchema as never, metaDefaults, 'meta', problems);

export const readSession = (doc: Y.Doc, problems: Problem[] = []): SessionState =>
  readSingle(doc.getMap(ROOT.session), sessionSchema as never, sessionDefaults, 'session', problems);

export const readPlan = (doc: Y.Doc, problems: Problem[] = []): PlanSettings =>
  readSingle(doc.getMap(ROOT.plan), planSchema as never, planDefaults, 'plan', problems);

/** Whether the facilitator has locked the board: one field read, cheap enough for every incoming update. */
export const isBoardLocked = (doc: Y.Doc): boolean =>
  doc.getMap(ROOT.session).get('locked' satisfies keyof SessionState) === true;

/**
 * Reads the whole board. For a live view prefer `createBoardStore`, which only re-reads what changed.
 * `problems` come in a fixed order (meta, each collection in snapshot order, session, plan), the same as the store's.
 */
export function readBoard(doc: Y.Doc): BoardSnapshot {
  const problems: Problem[] = [];
  return {
    meta: readMeta(doc, problems),
    goals: readCollection(doc, 'goals', problems),
    ledger: readCollection(doc, 'ledger', problems),
    outcomes: readCollection(doc, 'outcomes', problems),
    lanes: readCollection(doc, 'lanes', problems),
    events: readCollection(doc, 'events', problems),
    measures: readCollection(doc, 'measures', problems),
    comments: readCollection(doc, 'comments', problems),
    scenarios: readCollection(doc, 'scenarios', problems),
    session: readSession(doc, problems),
    plan: readPlan(doc, problems),
    problems,
  };
}

/** Whether the document has been initialised as a board (has meta written by `initBoard`). */
export const isBoard = (doc: Y.Doc): boolean => doc.getMap(ROOT.meta).has('schemaVersion');

/** The rich-text fragment of a note key (`section:goals`, `event:<id>`), or null when it does not exist. */
export function getNote(doc: Y.Doc, key: string): Y.XmlFragment | null {
  const note = doc.getMap(ROOT.notes).get(key);
  return note instanceof Y.XmlFragment ? note : null;
}
