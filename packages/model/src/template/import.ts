import * as Y from 'yjs';
import { ModelError, parseValue, rootOf } from '../collection.ts';
import { noteOwner, ROOT, SCHEMA_VERSION } from '../keys.ts';
import { collectionMutations } from '../mutate.ts';
import { addEvent, addGoal, addLane, addLedgerLine, addMeasure, addOutcome } from '../mutations.ts';
import { type NoteDataNode, noteFromData } from '../note-data.ts';
import { MutationOrigin } from '../origin.ts';
import type { BoardSnapshot } from '../read.ts';
import { type CommentThread, threadSchema } from '../records/comment.ts';
import { metaSchema } from '../records/meta.ts';
import { planSchema } from '../records/plan.ts';
import { scenarioSpec } from '../records/scenario.ts';
import { sessionSchema } from '../records/session.ts';
import { writeBoardShell } from './create.ts';

/** A whole board as an export carries it: a snapshot, without the readers' problems. */
export type BoardContent = Omit<BoardSnapshot, 'problems'>;

export const IMPORT_ORIGIN = new MutationOrigin('importBoard');

const scenarios = collectionMutations(scenarioSpec, {
  add: 'addScenario',
  update: 'renameScenario',
  remove: 'removeScenario',
  move: 'moveScenario',
});

/** A record's own fields: what a mutation takes (the id goes in the options, the readers' flags nowhere). */
function fieldsOf<T extends { id: string; flags?: unknown }>(item: T): Omit<T, 'id' | 'flags'> {
  const { id: _id, flags: _flags, ...fields } = item;
  return fields;
}

/** Writes one comment thread with its ids, times and state: a thread is history, not a new comment. */
function writeThread(doc: Y.Doc, thread: CommentThread): void {
  const { messages, ...fields } = parseValue(threadSchema, `comment thread ${thread.id}`, fieldsOf(thread));
  if (rootOf(doc, 'comments').has(thread.id))
    throw new ModelError(`a comment thread with id "${thread.id}" exists already`);
  const ymap = new Y.Map<unknown>();
  rootOf(doc, 'comments').set(thread.id, ymap);
  for (const [key, value] of Object.entries(fields)) ymap.set(key, value);
  const ymessages = new Y.Map<Y.Map<unknown>>();
  ymap.set('messages', ymessages);
  for (const { id, ...message } of messages) {
    const ymessage = new Y.Map<unknown>();
    ymessages.set(id, ymessage);
    for (const [key, value] of Object.entries(message)) ymessage.set(key, value);
  }
}

function writeNotes(doc: Y.Doc, notes: Record<string, readonly NoteDataNode[]>): void {
  const root = doc.getMap<Y.XmlFragment>(ROOT.notes);
  for (const [key, nodes] of Object.entries(notes)) {
    if (!noteOwner(key)) throw new ModelError(`note: "${key}" is not a note of a board`);
    let fragment = root.get(key);
    if (!(fragment instanceof Y.XmlFragment)) {
      fragment = new Y.XmlFragment();
      root.set(key, fragment);
    }
    fragment.insert(0, noteFromData(nodes));
  }
}

const setAll = (map: Y.Map<unknown>, values: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(values)) if (map.get(key) !== value) map.set(key, value);
};

/**
 * A new board document holding `board` and its `notes` ([EXPORT-5]): every record keeps its id, order and
 * fields, written through the model's mutations (each record validated), comment threads with their
 * messages, the session and the plan as they were, and the notes' rich text. The new board's meta is the
 * exported one with a new creation time and without links to other years' boards (they are not its own).
 * Written in one transaction; a bad record throws a `ModelError` naming it, and the caller discards the doc.
 * Records are written with their stored order, so a board of thousands of records is built in linear time.
 *
 * @example const doc = importBoard(exported.board, exported.notes);
 */
export function importBoard(
  board: BoardContent,
  notes: Record<string, readonly NoteDataNode[]>,
  options: { now?: number } = {},
): Y.Doc {
  const { previousBoardId: _previous, nextBoardId: _next, ...meta } = board.meta;
  const checkedMeta = parseValue(metaSchema, 'meta', {
    ...meta,
    schemaVersion: SCHEMA_VERSION,
    createdAt: options.now ?? Date.now(),
  });
  const session = parseValue(sessionSchema, 'session', board.session);
  const plan = parseValue(planSchema, 'plan', board.plan);
  const doc = new Y.Doc();
  // Records as the board held them: a rule across fields a peer broke stays flagged there, not refused here.
  const asStored = true;
  doc.transact(() => {
    writeBoardShell(doc, checkedMeta);
    setAll(doc.getMap(ROOT.session), session);
    setAll(doc.getMap(ROOT.plan), plan);
    for (const goal of board.goals) addGoal(doc, fieldsOf(goal), { id: goal.id, asStored });
    for (const line of board.ledger) addLedgerLine(doc, fieldsOf(line), { id: line.id, asStored });
    for (const outcome of board.outcomes) addOutcome(doc, fieldsOf(outcome), { id: outcome.id, asStored });
    for (const lane of board.lanes) addLane(doc, fieldsOf(lane), { id: lane.id, asStored });
    // An event whose lane a peer removed meanwhile goes to the first lane: an export must import.
    const lanes = new Set(board.lanes.map((lane) => lane.id));
    for (const event of board.events) {
      const laneId = lanes.has(event.laneId) ? event.laneId : board.lanes[0]?.id;
      if (!laneId) throw new ModelError(`event ${event.id}: the board has no lane to put it in`);
      addEvent(doc, { ...fieldsOf(event), laneId }, { id: event.id, asStored });
    }
    for (const measure of board.measures) addMeasure(doc, fieldsOf(measure), { id: measure.id, asStored });
    for (const scenario of board.scenarios) scenarios.add(doc, fieldsOf(scenario), { id: scenario.id, asStored });
    for (const thread of board.comments) writeThread(doc, thread);
    writeNotes(doc, notes);
  }, IMPORT_ORIGIN);
  return doc;
}
