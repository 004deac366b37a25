import * as Y from 'yjs';
import { z } from 'zod';
import { ModelError, parseValue as parse, readItem, rootOf } from './collection.ts';
import { newId } from './ids.ts';
import { eventNoteKey, ROOT } from './keys.ts';
import { collectionMutations, getRecord, transact } from './mutate.ts';
import { prepareYearTotal } from './plan/goal-plan.ts';
import { readSession } from './read.ts';
import { messageSchema, TARGET_KINDS, threadSpec } from './records/comment.ts';
import { eventSpec } from './records/event.ts';
import { goalSpec } from './records/goal.ts';
import { laneSpec } from './records/lane.ts';
import { ledgerSpec } from './records/ledger.ts';
import { measureSpec } from './records/measure.ts';
import { type BoardMeta, metaSchema } from './records/meta.ts';
import { outcomeSpec } from './records/outcome.ts';
import { type SessionState, sessionSchema } from './records/session.ts';

const goals = collectionMutations(goalSpec, {
  add: 'addGoal',
  update: 'updateGoal',
  remove: 'removeGoal',
  move: 'moveGoal',
});
/** Adds a goal (at the end unless `options.index`); returns its id. */
export const addGoal = goals.add;
/**
 * Changes some fields of a goal; fields not in the patch are left as they are (another person may be editing
 * them). A new target of a goal split into months rescales the months with it ([PLAN-4]); months themselves
 * are set one at a time with `setGoalMonth`.
 */
export function updateGoal(doc: Y.Doc, id: string, patch: Parameters<typeof goals.update>[2]): void {
  if (patch && 'months' in patch) throw new ModelError('goal.months: set a month with setGoalMonth');
  const months = patch?.target === undefined ? null : getRecord(doc, goalSpec, id).get('months');
  if (!(months instanceof Y.Map) || months.size === 0) {
    goals.update(doc, id, patch);
    return;
  }
  const { target, ...rest } = patch;
  // Both checked before either writes (goals.update checks its patch first): one transaction, one undo step.
  const writeTotal = prepareYearTotal(doc, id, target ?? null);
  transact(doc, 'updateGoal', () => {
    goals.update(doc, id, rest);
    writeTotal();
  });
}
export const removeGoal = goals.remove;
/** Moves a goal to an index of the goals table. */
export const moveGoal = goals.move;

const ledger = collectionMutations(ledgerSpec, {
  add: 'addLedgerLine',
  update: 'updateLedgerLine',
  remove: 'removeLedgerLine',
  move: 'moveLedgerLine',
});
export const addLedgerLine = ledger.add;
export const updateLedgerLine = ledger.update;
export const removeLedgerLine = ledger.remove;
export const moveLedgerLine = ledger.move;

const outcomes = collectionMutations(outcomeSpec, {
  add: 'addOutcome',
  update: 'updateOutcome',
  remove: 'removeOutcome',
  move: 'moveOutcome',
});
export const addOutcome = outcomes.add;
export const updateOutcome = outcomes.update;
export const removeOutcome = outcomes.remove;
export const moveOutcome = outcomes.move;

const lanes = collectionMutations(laneSpec, {
  add: 'addLane',
  update: 'updateLane',
  remove: 'removeLane',
  move: 'moveLane',
});
export const addLane = lanes.add;
export const updateLane = lanes.update;
export const moveLane = lanes.move;
/** Removes a lane that has no events left (move or remove its events first, so none is orphaned). */
export function removeLane(doc: Y.Doc, id: string): void {
  for (const event of rootOf(doc, 'events').values()) {
    if (event instanceof Y.Map && event.get('laneId') === id)
      throw new ModelError('move or remove the events of this lane first');
  }
  lanes.remove(doc, id);
}

const events = collectionMutations(eventSpec, {
  add: 'addEvent',
  update: 'updateEvent',
  remove: 'removeEvent',
  move: 'moveEvent',
});
/**
 * Adds a timeline event and its rich-text note in one transaction. The note is created here, once,
 * because two peers creating the same missing fragment concurrently would lose one of them.
 */
export function addEvent(
  doc: Y.Doc,
  input: Parameters<typeof events.add>[1],
  options?: Parameters<typeof events.add>[2],
): string {
  return transact(doc, 'addEvent', () => {
    const laneId = input?.laneId;
    if (!laneId || !rootOf(doc, 'lanes').has(laneId))
      throw new ModelError(`event.laneId: no lane with id "${laneId ?? ''}"`);
    const id = events.add(doc, input, options);
    doc.getMap<Y.XmlFragment>(ROOT.notes).set(eventNoteKey(id), new Y.XmlFragment());
    return id;
  });
}
export const updateEvent = events.update;
/** Removes an event; its note and comment threads stay in the document, readable as "on a deleted event". */
export const removeEvent = events.remove;

const measures = collectionMutations(
  measureSpec,
  { add: 'addMeasure', update: 'updateMeasure', remove: 'removeMeasure', move: 'moveMeasure' },
  (item) => (other) => other.column === item.column,
);
export const addMeasure = measures.add;
export const updateMeasure = measures.update;
export const removeMeasure = measures.remove;
/** Moves a measure to `column` at `index` of that column, in one step every peer sees at once. */
export const moveMeasure = (
  doc: Y.Doc,
  id: string,
  column: z.infer<typeof measureSpec.schema>['column'],
  index: number,
) => measures.move(doc, id, index, { column });

/** Un-hides every privately written measure in one transaction, so everyone sees them appear at once. */
export function revealMeasures(doc: Y.Doc): number {
  return transact(doc, 'revealMeasures', () => {
    let revealed = 0;
    for (const card of rootOf(doc, 'measures').values()) {
      if (card instanceof Y.Map && card.get('hidden') === true) {
        card.set('hidden', false);
        revealed++;
      }
    }
    return revealed;
  });
}

/**
 * Adds (`delta` 1) or withdraws (-1) one vote of `voterId` on a measure. Refused when the voter has no
 * vote on it to withdraw, or has used the session's `measureVoteLimit` votes across all measures.
 */
export function voteMeasure(doc: Y.Doc, id: string, voterId: string, delta: 1 | -1): void {
  const voter = parse(z.string().min(1).max(64), 'measure.votes', voterId);
  transact(doc, 'voteMeasure', () => {
    const card = getRecord(doc, measureSpec, id);
    const limit = readSession(doc).measureVoteLimit;
    let used = 0;
    for (const other of rootOf(doc, 'measures').values()) {
      const votes = other instanceof Y.Map ? other.get('votes') : undefined;
      const mine = votes instanceof Y.Map ? votes.get(voter) : undefined;
      if (typeof mine === 'number') used += mine;
    }
    const current = (readItem(measureSpec, id, card, []).votes[voter] ?? 0) as number;
    if (delta < 0 && current === 0) throw new ModelError('measure.votes: no vote of yours to withdraw');
    if (delta > 0 && used >= limit) throw new ModelError(`measure.votes: you have used all ${limit} of your votes`);
    const next = current + delta;
    let votes = card.get('votes');
    if (!(votes instanceof Y.Map)) {
      votes = new Y.Map<unknown>();
      card.set('votes', votes);
    }
    if (next === 0) (votes as Y.Map<unknown>).delete(voter);
    else (votes as Y.Map<unknown>).set(voter, next);
  });
}

const metaPatch = metaSchema.omit({ schemaVersion: true, createdAt: true }).partial().strict();
/** Changes the board's title, shop, years, currency, locale or highlight threshold. */
export function updateMeta(doc: Y.Doc, patch: Partial<BoardMeta>): void {
  const values = parse(metaPatch, 'meta', patch);
  transact(doc, 'updateMeta', () => setChanged(doc.getMap(ROOT.meta), values));
}

const sessionPatch = sessionSchema.partial().strict();
/** Changes the facilitation state (phase, timer, focus, lock). */
export function updateSession(doc: Y.Doc, patch: Partial<SessionState>): void {
  const values = parse(sessionPatch, 'session', patch);
  transact(doc, 'updateSession', () => setChanged(doc.getMap(ROOT.session), values));
}

function setChanged(map: Y.Map<unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && map.get(key) !== value) map.set(key, value);
}

const author = messageSchema.pick({ author: true, authorId: true, color: true });
const newThreadInput = z.object({
  targetKind: z.enum(TARGET_KINDS),
  targetId: z.string().min(1).max(64),
  text: z.string().trim().min(1, 'a comment cannot be empty').max(10_000),
  ...author.shape,
});

function messagesOf(doc: Y.Doc, threadId: string): Y.Map<Y.Map<unknown>> {
  const thread = getRecord(doc, threadSpec, threadId);
  const messages = thread.get('messages');
  if (!(messages instanceof Y.Map)) throw new ModelError(`comment thread "${threadId}" has no messages`);
  return messages as Y.Map<Y.Map<unknown>>;
}

function writeMessage(messages: Y.Map<Y.Map<unknown>>, fields: Record<string, unknown>, now: number): string {
  const id = newId();
  const message = new Y.Map<unknown>();
  messages.set(id, message);
  for (const [key, value] of Object.entries({ ...fields, time: now, editedAt: null, deleted: false }))
    message.set(key, value);
  return id;
}

/** Opens a comment thread on a target with its first message; returns the thread id. */
export function addThread(doc: Y.Doc, input: z.input<typeof newThreadInput>, now = Date.now()): string {
  const { targetKind, targetId, text, ...who } = parse(newThreadInput, 'comment', input);
  return transact(doc, 'addThread', () => {
    const id = newId();
    const thread = new Y.Map<unknown>();
    rootOf(doc, 'comments').set(id, thread);
    thread.set('targetKind', targetKind);
    thread.set('targetId', targetId);
    thread.set('resolved', false);
    thread.set('createdAt', now);
    const messages = new Y.Map<Y.Map<unknown>>();
    thread.set('messages', messages);
    writeMessage(messages, { ...who, text }, now);
    return id;
  });
}

const replyInput = z.object({ text: newThreadInput.shape.text, ...author.shape });
/** Adds a reply to a thread (reopening it if it was resolved); returns the message id. */
export function addReply(doc: Y.Doc, threadId: string, input: z.input<typeof replyInput>, now = Date.now()): string {
  const reply = parse(replyInput, 'comment', input);
  return transact(doc, 'addReply', () => {
    const id = writeMessage(messagesOf(doc, threadId), reply, now);
    getRecord(doc, threadSpec, threadId).set('resolved', false);
    return id;
  });
}

function ownMessage(doc: Y.Doc, threadId: string, messageId: string, authorId: string): Y.Map<unknown> {
  const message = messagesOf(doc, threadId).get(messageId);
  if (!(message instanceof Y.Map)) throw new ModelError(`no comment with id "${messageId}"`);
  if (message.get('authorId') !== authorId) throw new ModelError('only its author can change a comment');
  return message;
}

/** Edits one's own message. */
export function editMessage(
  doc: Y.Doc,
  threadId: string,
  messageId: string,
  authorId: string,
  text: string,
  now = Date.now(),
): void {
  const checked = parse(newThreadInput.shape.text, 'comment.text', text);
  transact(doc, 'editMessage', () => {
    const message = ownMessage(doc, threadId, messageId, authorId);
    message.set('text', checked);
    message.set('editedAt', now);
  });
}

/** Marks one's own message deleted; its text stays in the document's history for undo and versions. */
export function deleteMessage(doc: Y.Doc, threadId: string, messageId: string, authorId: string): void {
  transact(doc, 'deleteMessage', () => ownMessage(doc, threadId, messageId, authorId).set('deleted', true));
}

export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean): void {
  const checked = parse(threadSpec.schema.shape.resolved, 'comment.resolved', resolved);
  transact(doc, 'setThreadResolved', () => getRecord(doc, threadSpec, threadId).set('resolved', checked));
}
