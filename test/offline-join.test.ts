import type { Member } from '@balanza/api';
import { addMeasure, addThread, newId, readBoard, voteMeasure } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('[MEMBER-7] edits a page made offline before it ever joined', () => {
  const suite = serverSuite();

  /**
   * A board with a card, a role link, and a page's copy of it (as kept on the device) where the page, offline and
   * not a member yet, wrote a comment, a card and a vote under `writerId`.
   */
  async function offlinePage(writerId: string) {
    const boardId = await suite.server.createBoard();
    const { token: link } = await suite.server.share(boardId, 'editor');
    const observer = suite.connect(boardId);
    await observer.synced;
    const card = addMeasure(observer.doc, { text: 'existing card', column: 'keep' });
    await waitFor(() => readBoard(observer.doc).measures.length === 1, 'the card');
    const page = new Y.Doc();
    Y.applyUpdate(page, Y.encodeStateAsUpdate(observer.doc));
    const who = { author: 'Mei', authorId: writerId, color: '#15803d' };
    const threadId = addThread(page, { targetKind: 'section', targetId: 'goals', text: 'written offline', ...who });
    const cardId = addMeasure(page, { text: 'offline card', column: 'add', author: writerId });
    voteMeasure(page, card, writerId, 1);
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');
    return { boardId, link, observer, page, threadId, cardId, card, room };
  }

  const join = async (boardId: string, link: string, body: Record<string, unknown>) => {
    const answer = await suite.server.api(`/api/boards/${boardId}/join`, post(body), link);
    expect(answer.status).toBe(201);
    return (await answer.json()) as { member: Member; token: string };
  };

  it('[MEMBER-7][MEMBER-2] joining under a server-chosen id, the offline writes are refused whole: they name someone who is not the member', async () => {
    const { boardId, link, observer, page, threadId, room } = await offlinePage(newId());
    const { token } = await join(boardId, link, { name: 'Mei' });
    const refused = room.refusedCount;
    suite.connect(boardId, { token, doc: page });
    await waitFor(() => room.refusedCount > refused, 'the offline writes to be refused');
    await room.settled();
    expect(readBoard(observer.doc).comments.some((thread) => thread.id === threadId)).toBe(false);
  });

  it('[MEMBER-7] the join gives the member the provisional id the page wrote under: comment, card and vote land as theirs', async () => {
    const provisional = newId();
    const { boardId, link, observer, page, threadId, cardId, card, room } = await offlinePage(provisional);
    const { member, token } = await join(boardId, link, { name: 'Mei', id: provisional });
    expect(member.id).toBe(provisional);
    const refused = room.refusedCount;
    const client = suite.connect(boardId, { token, doc: page });
    await client.synced;
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === threadId), 'the offline comment');
    const board = readBoard(observer.doc);
    expect(board.comments.find((t) => t.id === threadId)?.messages[0]?.authorId).toBe(member.id);
    expect(board.measures.find((m) => m.id === cardId)?.author).toBe(member.id);
    expect(board.measures.find((m) => m.id === card)?.votes).toEqual({ [member.id]: 1 });
    expect(room.refusedCount).toBe(refused);
    // Theirs for good: the member edits what they wrote offline, and the server keeps the rules for others.
    const stored = await suite.server.stored(boardId);
    expect(stored.comments.find((t) => t.id === threadId)?.messages[0]?.text).toBe('written offline');
  });

  it('[MEMBER-7] an id a link has, or one the board already names as an author, is not given: the member gets a new one', async () => {
    const { boardId, link, observer } = await offlinePage(newId());
    const other = await join(boardId, link, { name: 'Ana' });
    const taken = await join(boardId, link, { name: 'Eve', id: other.member.id });
    expect(taken.member.id).not.toBe(other.member.id);

    // Written through the role link (a connection no member holds) under an id: that id is someone's writing.
    const written = newId();
    const anonymous = suite.connect(boardId, { token: link });
    await anonymous.synced;
    const threadId = addThread(anonymous.doc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'mine',
      author: 'Bo',
      authorId: written,
      color: '#c2410c',
    });
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === threadId), 'the comment');
    const claimed = await join(boardId, link, { name: 'Eve', id: written });
    expect(claimed.member.id).not.toBe(written);
    const bad = await suite.server.api(`/api/boards/${boardId}/join`, post({ name: 'Eve', id: 'Not An Id' }), link);
    expect(bad.status).toBe(400);
  });
});
