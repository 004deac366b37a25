/**
 * Comment threads: addThread, addReply, editMessage, deleteMessage, setThreadResolved.
 *
 * [MODEL-1] every named mutation runs in ONE transaction whose origin is a `MutationOrigin` carrying its name
 * [MODEL-2] bad input throws a `ModelError` naming the record and field (`comment.text`) and leaves the document unchanged
 * [MODEL-4] a mutation on an id that does not exist throws a `ModelError`
 * [MODEL-9] only a message's author can edit or delete it; a deleted message is marked, its text kept
 * [MODEL-10] a reply reopens a resolved thread
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addReply, addThread, deleteMessage, editMessage, setThreadResolved } from './mutations.ts';
import { MutationOrigin } from './origin.ts';
import { readBoard } from './read.ts';
import { originsOf, refused } from './test-helpers.ts';

const ana = { author: 'Ana', authorId: 'ana', color: '#aa3300' };
const bo = { author: 'Bo', authorId: 'bo', color: '#0033AA' };

function mutationNames(doc: Y.Doc, change: () => unknown): string[] {
  return originsOf(doc, change).map((origin) =>
    origin instanceof MutationOrigin ? origin.mutation : 'not a MutationOrigin',
  );
}

/** A document with one thread by Ana on a goal, opened at time 1000. */
function withThread() {
  const doc = new Y.Doc();
  const thread = addThread(doc, { targetKind: 'goal', targetId: 'g1', text: '  Why so low?  ', ...ana }, 1000);
  const first = readBoard(doc).comments[0]?.messages[0]?.id ?? '';
  return { doc, thread, first };
}

describe('comment threads', () => {
  it('[MODEL-1] addThread opens a thread with its first message in one transaction', () => {
    const doc = new Y.Doc();
    let thread = '';
    const names = mutationNames(doc, () => {
      thread = addThread(doc, { targetKind: 'event', targetId: 'e1', text: ' Great campaign ', ...ana }, 1000);
    });
    expect(names).toEqual(['addThread']);
    const board = readBoard(doc);
    expect(board.problems).toEqual([]);
    expect(board.comments).toEqual([
      {
        id: thread,
        targetKind: 'event',
        targetId: 'e1',
        resolved: false,
        createdAt: 1000,
        messages: [
          {
            id: expect.any(String),
            ...ana,
            text: 'Great campaign', // trimmed
            time: 1000,
            editedAt: null,
            deleted: false,
          },
        ],
      },
    ]);
  });

  it('[MODEL-1] addReply appends a message after the earlier ones', () => {
    const { doc, thread, first } = withThread();
    let reply = '';
    expect(mutationNames(doc, () => (reply = addReply(doc, thread, { text: 'Stock ran out', ...bo }, 2000)))).toEqual([
      'addReply',
    ]);
    const messages = readBoard(doc).comments[0]?.messages ?? [];
    expect(messages.map((m) => [m.id, m.authorId, m.text, m.time])).toEqual([
      [first, 'ana', 'Why so low?', 1000],
      [reply, 'bo', 'Stock ran out', 2000],
    ]);
  });

  it('[MODEL-1] setThreadResolved resolves and reopens a thread', () => {
    const { doc, thread } = withThread();
    expect(mutationNames(doc, () => setThreadResolved(doc, thread, true))).toEqual(['setThreadResolved']);
    expect(readBoard(doc).comments[0]?.resolved).toBe(true);
    setThreadResolved(doc, thread, false);
    expect(readBoard(doc).comments[0]?.resolved).toBe(false);
  });

  it('[MODEL-10] a reply reopens a resolved thread', () => {
    const { doc, thread } = withThread();
    setThreadResolved(doc, thread, true);
    addReply(doc, thread, { text: 'Not fixed yet', ...bo }, 3000);
    expect(readBoard(doc).comments[0]).toMatchObject({ resolved: false });
    expect(readBoard(doc).comments[0]?.messages).toHaveLength(2);
  });

  it('[MODEL-9] the author edits their message: new text and edit time', () => {
    const { doc, thread, first } = withThread();
    expect(mutationNames(doc, () => editMessage(doc, thread, first, 'ana', 'Why so low in May?', 5000))).toEqual([
      'editMessage',
    ]);
    expect(readBoard(doc).comments[0]?.messages[0]).toMatchObject({
      text: 'Why so low in May?',
      editedAt: 5000,
      time: 1000,
    });
  });

  it('[MODEL-9] someone else cannot edit or delete a message', () => {
    const { doc, thread, first } = withThread();
    expect(refused(doc, () => editMessage(doc, thread, first, 'bo', 'hijacked'))).toMatch(/only its author/);
    expect(refused(doc, () => deleteMessage(doc, thread, first, 'bo'))).toMatch(/only its author/);
    expect(readBoard(doc).comments[0]?.messages[0]).toMatchObject({ text: 'Why so low?', deleted: false });
  });

  it('[MODEL-9] the author deletes their message: marked deleted, text kept', () => {
    const { doc, thread, first } = withThread();
    expect(mutationNames(doc, () => deleteMessage(doc, thread, first, 'ana'))).toEqual(['deleteMessage']);
    expect(readBoard(doc).comments[0]?.messages[0]).toMatchObject({ deleted: true, text: 'Why so low?' });
  });

  it('[MODEL-2] bad comment input throws a ModelError naming the field', () => {
    const { doc, thread, first } = withThread();
    const base = { targetKind: 'goal' as const, targetId: 'g1', text: 'ok', ...ana };
    expect(refused(doc, () => addThread(doc, { ...base, text: '   ' }))).toMatch(/^comment\.text: .*empty/);
    expect(refused(doc, () => addThread(doc, { ...base, color: 'red' }))).toMatch(/^comment\.color:/);
    expect(refused(doc, () => addThread(doc, { ...base, targetKind: 'board' as never }))).toMatch(
      /^comment\.targetKind:/,
    );
    expect(refused(doc, () => addThread(doc, { ...base, targetId: '' }))).toMatch(/^comment\.targetId:/);
    expect(refused(doc, () => addReply(doc, thread, { ...bo, text: '' }))).toMatch(/^comment\.text:/);
    expect(refused(doc, () => addReply(doc, thread, { ...bo, author: 'x'.repeat(81), text: 'hi' }))).toMatch(
      /^comment\.author:/,
    );
    expect(refused(doc, () => editMessage(doc, thread, first, 'ana', ' '))).toMatch(/^comment\.text:/);
    expect(refused(doc, () => setThreadResolved(doc, thread, 'yes' as never))).toMatch(/^comment\.resolved:/);
  });

  it('[MODEL-4] an unknown thread or message throws a ModelError', () => {
    const { doc, thread } = withThread();
    expect(refused(doc, () => addReply(doc, 'nope', { text: 'hi', ...bo }))).toMatch(/no comment thread/);
    expect(refused(doc, () => setThreadResolved(doc, 'nope', true))).toMatch(/no comment thread/);
    expect(refused(doc, () => editMessage(doc, 'nope', 'm', 'ana', 'hi'))).toMatch(/no comment thread/);
    expect(refused(doc, () => editMessage(doc, thread, 'nope', 'ana', 'hi'))).toMatch(/no comment with id/);
    expect(refused(doc, () => deleteMessage(doc, thread, 'nope', 'ana'))).toMatch(/no comment with id/);
  });
});
