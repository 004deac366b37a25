import * as Y from 'yjs';
import { ROOT } from './keys.ts';
import { readSession } from './read.ts';

/** A value an update sets: where (root, then the map keys down to the field) and what. */
export interface PathWrite {
  path: readonly string[];
  value: unknown;
}

/**
 * The fields that name a member, and who may write them ([MEMBER-2], [MEMBER-3]): a comment message is
 * written, edited and deleted by its author only; a vote is cast or withdrawn only under the voter's own
 * id, and no member's votes pass the facilitator's limit; a measure's author is its writer. `writes` are
 * the values an update sets and `deletions` the paths it removes, both read from the update before it is
 * applied; the document is as the update would find it. Returns why the update is refused, or null.
 */
export function authorshipRefusal(
  doc: Y.Doc,
  memberId: string,
  writes: readonly PathWrite[],
  deletions: readonly (readonly string[])[],
): string | null {
  const newAuthors = new Map<string, unknown>();
  for (const { path, value } of writes)
    if (isMessagePath(path) && path.length === 5 && path[4] === 'authorId') newAuthors.set(messageKey(path), value);
  const authorOf = (path: readonly string[]) =>
    newAuthors.has(messageKey(path)) ? newAuthors.get(messageKey(path)) : storedMessageAuthor(doc, path);

  const votes = new Map<string, number>();
  for (const { path, value } of writes) {
    if (isMessagePath(path) && path.length === 5 && authorOf(path) !== memberId)
      return 'a comment is written and edited by its author only';
    if (isVotePath(path)) {
      if (path[3] !== memberId) return 'a vote is cast under its voter’s own name only';
      votes.set(path[1] as string, typeof value === 'number' ? value : 0);
    }
    if (path[0] === ROOT.measures && path.length === 3 && path[2] === 'author' && value !== memberId && value !== '')
      return 'a measure’s author is the member who writes it';
  }
  for (const path of deletions) {
    // A whole list of messages or votes removed from a thread or card that stays: others' writing with it.
    if (path.length === 3 && ((path[0] === ROOT.comments && path[2] === 'messages') || isVotesOf(path)))
      return 'messages and votes are removed one by one, by their authors';
    if (isMessagePath(path) && path.length >= 4 && storedMessageAuthor(doc, path) !== memberId)
      return 'a comment is deleted by its author only';
    if (isVotePath(path)) {
      if (path[3] !== memberId) return 'a vote is withdrawn by its voter only';
      if (!votes.has(path[1] as string)) votes.set(path[1] as string, 0);
    }
  }
  return votes.size > 0 ? voteLimitRefusal(doc, memberId, votes) : null;
}

/** `comments/<thread>/messages/<message>…` */
const isMessagePath = (path: readonly string[]) =>
  path[0] === ROOT.comments && path[2] === 'messages' && path.length >= 4;
/** `measures/<measure>/votes/<voter>` */
const isVotePath = (path: readonly string[]) => path[0] === ROOT.measures && path[2] === 'votes' && path.length === 4;
const isVotesOf = (path: readonly string[]) => path[0] === ROOT.measures && path[2] === 'votes';
const messageKey = (path: readonly string[]) => `${path[1]}\u0000${path[3]}`;

function storedMessageAuthor(doc: Y.Doc, path: readonly string[]): unknown {
  const thread = doc.getMap(ROOT.comments).get(path[1] as string);
  const messages = thread instanceof Y.Map ? thread.get('messages') : undefined;
  const message = messages instanceof Y.Map ? messages.get(path[3] as string) : undefined;
  return message instanceof Y.Map ? message.get('authorId') : undefined;
}

/** Votes after the update, against the session's limit; lowering one's votes is always allowed. */
function voteLimitRefusal(doc: Y.Doc, memberId: string, changed: Map<string, number>): string | null {
  let before = 0;
  let after = 0;
  for (const [id, card] of doc.getMap(ROOT.measures)) {
    const votes = card instanceof Y.Map ? card.get('votes') : undefined;
    const mine = votes instanceof Y.Map ? votes.get(memberId) : undefined;
    const count = typeof mine === 'number' ? mine : 0;
    before += count;
    after += changed.has(id) ? 0 : count;
  }
  for (const count of changed.values()) after += count;
  const limit = readSession(doc).measureVoteLimit;
  if (after > limit && after > before) return `the vote limit is ${limit} votes a member; this would make ${after}`;
  return null;
}

/**
 * Whether any field of the document that names a member names `id`: a comment message's author, a measure's
 * author, a vote. A provisional id the document already holds is not given to a joining member ([MEMBER-7]):
 * it would make them the author of what someone else wrote under it.
 */
export function namedAsAuthor(doc: Y.Doc, id: string): boolean {
  for (const thread of doc.getMap(ROOT.comments).values()) {
    const messages = thread instanceof Y.Map ? thread.get('messages') : undefined;
    if (!(messages instanceof Y.Map)) continue;
    for (const message of messages.values())
      if (message instanceof Y.Map && message.get('authorId') === id) return true;
  }
  for (const card of doc.getMap(ROOT.measures).values()) {
    if (!(card instanceof Y.Map)) continue;
    const votes = card.get('votes');
    if (card.get('author') === id || (votes instanceof Y.Map && votes.has(id))) return true;
  }
  return false;
}
