/**
 * [VERSION-9] a version's comment threads written back as ONE edit: deleted threads and messages come back,
 * edits and deletions since are undone, messages written since are kept (and so is the open state they gave
 * their thread), threads opened since are kept.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addReply, addThread, deleteMessage, editMessage, setThreadResolved } from './mutations.ts';
import { MutationOrigin } from './origin.ts';
import { readBoard } from './read.ts';
import { originsOf } from './test-helpers.ts';
import { compareThreads, restoreThreads } from './threads-restore.ts';

const ana = { author: 'Ana', authorId: 'ana', color: '#aa3300' };
const bo = { author: 'Bo', authorId: 'bo', color: '#0033aa' };

/** A board with two threads (Ana's with Bo's reply, resolved; Bo's), and the version taken of it. */
function withVersion() {
  const doc = new Y.Doc();
  const first = addThread(doc, { targetKind: 'goal', targetId: 'g1', text: 'why?', ...ana }, 1000);
  addReply(doc, first, { text: 'because', ...bo }, 1100);
  setThreadResolved(doc, first, true);
  const second = addThread(doc, { targetKind: 'section', targetId: 'goals', text: 'plan', ...bo }, 1200);
  const version = readBoard(doc).comments;
  const messageIds = (id: string) =>
    readBoard(doc)
      .comments.find((t) => t.id === id)
      ?.messages.map((m) => m.id) ?? [];
  return { doc, first, second, version, messageIds };
}

const threadOf = (doc: Y.Doc, id: string) => readBoard(doc).comments.find((thread) => thread.id === id);

describe('restoring comment threads from a version', () => {
  it('[VERSION-9] brings back a deleted thread and undoes edits and deletions of anyone’s messages, in one transaction', () => {
    const { doc, first, second, version, messageIds } = withVersion();
    const [anaMessage, boReply] = messageIds(first) as [string, string];
    editMessage(doc, first, anaMessage, 'ana', 'why? (edited)');
    deleteMessage(doc, first, boReply, 'bo');
    doc.getMap('comments').delete(second);
    const before = compareThreads(readBoard(doc).comments, version);
    expect(before.changed.map((d) => [d.id, d.messages])).toEqual([[first, 2]]);
    expect(before.deleted.map((d) => d.id)).toEqual([second]);

    const origins = originsOf(doc, () => restoreThreads(doc, version, readBoard(doc).comments));
    expect(origins).toEqual([new MutationOrigin('restoreThreads')]);
    expect(readBoard(doc).comments).toEqual(version);
    expect(readBoard(doc).problems).toEqual([]);
    expect(compareThreads(readBoard(doc).comments, version)).toEqual({ changed: [], deleted: [], added: [] });
  });

  it('[VERSION-9] keeps messages written since, and the open state their reply gave the thread; keeps threads opened since', () => {
    const { doc, first, version, messageIds } = withVersion();
    const [anaMessage] = messageIds(first) as [string];
    editMessage(doc, first, anaMessage, 'ana', 'changed since');
    const reply = addReply(doc, first, { text: 'one more thing', ...ana }, 2000); // reopens it
    const opened = addThread(doc, { targetKind: 'goal', targetId: 'g2', text: 'new', ...bo }, 2100);
    const comparison = restoreThreads(doc, version, readBoard(doc).comments);
    expect(comparison.changed).toEqual([{ id: first, kind: 'changed', messages: 1, newer: 1 }]);
    expect(comparison.added.map((d) => d.id)).toEqual([opened]);

    const thread = threadOf(doc, first);
    expect(thread?.messages.map((m) => m.text)).toEqual(['why?', 'because', 'one more thing']);
    expect(thread?.messages.find((m) => m.id === reply)?.authorId).toBe('ana');
    expect(thread?.resolved).toBe(false);
    expect(threadOf(doc, opened)?.messages[0]?.text).toBe('new');
  });

  it('[VERSION-9] a thread resolved or reopened since, with no new message, gets the version’s state back', () => {
    const { doc, first, second, version } = withVersion();
    setThreadResolved(doc, first, false);
    setThreadResolved(doc, second, true);
    restoreThreads(doc, version, readBoard(doc).comments);
    expect(threadOf(doc, first)?.resolved).toBe(true);
    expect(threadOf(doc, second)?.resolved).toBe(false);
  });

  it('[VERSION-9] restores only the chosen threads, and writes nothing when they are as in the version', () => {
    const { doc, first, second, version, messageIds } = withVersion();
    const [anaMessage] = messageIds(first) as [string];
    editMessage(doc, first, anaMessage, 'ana', 'changed since');
    doc.getMap('comments').delete(second);
    restoreThreads(doc, version, readBoard(doc).comments, new Set([second]));
    expect(threadOf(doc, second)?.messages[0]?.text).toBe('plan');
    expect(threadOf(doc, first)?.messages[0]?.text).toBe('changed since');

    const stateBefore = Y.encodeStateVector(doc);
    restoreThreads(doc, version, readBoard(doc).comments, new Set([second]));
    expect(Y.encodeStateVector(doc)).toEqual(stateBefore);
  });

  it('[VERSION-9] a restore and a concurrent reply on another peer converge, the reply kept', () => {
    const { doc, first, version, messageIds } = withVersion();
    const [anaMessage] = messageIds(first) as [string];
    deleteMessage(doc, first, anaMessage, 'ana');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    restoreThreads(doc, version, readBoard(doc).comments);
    addReply(peer, first, { text: 'meanwhile', ...bo }, 3000);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(readBoard(doc).comments).toEqual(readBoard(peer).comments);
    const texts = threadOf(doc, first)?.messages.map((m) => [m.text, m.deleted]);
    expect(texts).toEqual([
      ['why?', false],
      ['because', false],
      ['meanwhile', false],
    ]);
  });
});
