import * as Y from 'yjs';
import { rootOf } from './collection.ts';
import { transact } from './mutate.ts';
import type { CommentMessage, CommentThread } from './records/comment.ts';

/** How one thread of a version differs from the live board. */
export interface ThreadDifference {
  id: string;
  /** changed: both have it and restoring would change it; deleted: only the version has it; added: only the live board. */
  kind: 'changed' | 'deleted' | 'added';
  /** The version's messages a restore writes back (missing from the live thread, or different there). */
  messages: number;
  /** Messages of the live thread the version does not have (written since): a restore keeps them. */
  newer: number;
}

/** What restoring a version's comment threads would do, thread by thread ([VERSION-9]). */
export interface ThreadsComparison {
  changed: ThreadDifference[];
  deleted: ThreadDifference[];
  added: ThreadDifference[];
}

const MESSAGE_FIELDS = ['author', 'authorId', 'color', 'text', 'time', 'editedAt', 'deleted'] as const;
const THREAD_FIELDS = ['targetKind', 'targetId', 'createdAt'] as const;

const sameMessage = (a: CommentMessage, b: CommentMessage | undefined) =>
  b !== undefined && MESSAGE_FIELDS.every((field) => a[field] === b[field]);

/**
 * Whether a restore leaves a thread's `resolved` as it is now: when the live thread holds messages written
 * since the version, those belong to the conversation as it goes on (a reply reopens a thread, [MODEL-10]).
 */
const resolvedAfter = (version: CommentThread, live: CommentThread | undefined, newer: number) =>
  live !== undefined && newer > 0 ? live.resolved : version.resolved;

function differenceOf(version: CommentThread, live: CommentThread | undefined): ThreadDifference | null {
  if (!live) return { id: version.id, kind: 'deleted', messages: version.messages.length, newer: 0 };
  const liveMessages = new Map(live.messages.map((message) => [message.id, message]));
  const versionIds = new Set(version.messages.map((message) => message.id));
  const messages = version.messages.filter((message) => !sameMessage(message, liveMessages.get(message.id))).length;
  const newer = live.messages.filter((message) => !versionIds.has(message.id)).length;
  const fields = THREAD_FIELDS.some((field) => version[field] !== live[field]);
  const resolved = resolvedAfter(version, live, newer) !== live.resolved;
  return messages > 0 || fields || resolved ? { id: version.id, kind: 'changed', messages, newer } : null;
}

/**
 * Compares a version's comment threads with the live board's: threads a restore would change, bring back,
 * or leave alone because they were opened since.
 *
 * @example const { changed, deleted } = compareThreads(live.comments, version.comments);
 */
export function compareThreads(live: readonly CommentThread[], version: readonly CommentThread[]): ThreadsComparison {
  const liveById = new Map(live.map((thread) => [thread.id, thread]));
  const result: ThreadsComparison = { changed: [], deleted: [], added: [] };
  for (const thread of version) {
    const difference = differenceOf(thread, liveById.get(thread.id));
    if (difference?.kind === 'deleted') result.deleted.push(difference);
    else if (difference) result.changed.push(difference);
  }
  const versionIds = new Set(version.map((thread) => thread.id));
  for (const thread of live)
    if (!versionIds.has(thread.id))
      result.added.push({ id: thread.id, kind: 'added', messages: 0, newer: thread.messages.length });
  return result;
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value);
}

/** The live thread's messages map, made anew when a peer wrote something else there. */
function messagesMap(thread: Y.Map<unknown>): Y.Map<Y.Map<unknown>> {
  const existing = thread.get('messages');
  if (existing instanceof Y.Map) return existing as Y.Map<Y.Map<unknown>>;
  const messages = new Y.Map<Y.Map<unknown>>();
  thread.set('messages', messages);
  return messages;
}

function writeMessage(messages: Y.Map<Y.Map<unknown>>, message: CommentMessage): void {
  let live = messages.get(message.id);
  if (!(live instanceof Y.Map)) {
    live = new Y.Map<unknown>();
    messages.set(message.id, live);
  }
  for (const field of MESSAGE_FIELDS) setIfChanged(live, field, message[field]);
}

/**
 * Writes a version's comment threads back into the live board as ONE edit (tagged `restoreThreads`),
 * whoever wrote their messages: it is the server's to run, for the facilitator ([VERSION-9]), since a
 * member's client may not write another member's messages ([MEMBER-2]). A thread deleted since comes back
 * under its id; every message of the version gets its version's author, text, time and deleted mark back
 * (a message deleted since comes back, an edit since is undone); messages written since the version are
 * kept as they are, and a thread holding some keeps its live resolved state. Threads opened since are kept.
 * `only`: the ids of the threads to restore (default: all of the version's). Returns what it changed,
 * compared before the write.
 *
 * @example restoreThreads(doc, readBoard(versionDoc).comments)
 */
export function restoreThreads(
  doc: Y.Doc,
  version: readonly CommentThread[],
  live: readonly CommentThread[],
  only?: ReadonlySet<string>,
): ThreadsComparison {
  const chosen = only ? version.filter((thread) => only.has(thread.id)) : version;
  const comparison = compareThreads(live, chosen);
  const touched = new Set([...comparison.changed, ...comparison.deleted].map((difference) => difference.id));
  const liveById = new Map(live.map((thread) => [thread.id, thread]));
  const newerOf = new Map(comparison.changed.map((difference) => [difference.id, difference.newer]));
  transact(doc, 'restoreThreads', () => {
    const root = rootOf(doc, 'comments');
    for (const thread of chosen) {
      if (!touched.has(thread.id)) continue;
      let ymap = root.get(thread.id);
      if (!(ymap instanceof Y.Map)) {
        ymap = new Y.Map<unknown>();
        root.set(thread.id, ymap);
      }
      for (const field of THREAD_FIELDS) setIfChanged(ymap, field, thread[field]);
      setIfChanged(ymap, 'resolved', resolvedAfter(thread, liveById.get(thread.id), newerOf.get(thread.id) ?? 0));
      const messages = messagesMap(ymap);
      for (const message of thread.messages) writeMessage(messages, message);
    }
  });
  return comparison;
}
