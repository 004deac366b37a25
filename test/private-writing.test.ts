import type { Member } from '@balanza/api';
import { addMeasure, readBoard, readPrivateCards } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type TestClient, waitFor, waitForValue } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Everything a document holds, as text: a private card's words must appear nowhere in it. */
const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');

/** How a stock client's connection was closed (code and reason), in order. */
function closes(client: TestClient): Array<{ code: number; reason: string }> {
  const seen: Array<{ code: number; reason: string }> = [];
  client.provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) seen.push({ code: event.code, reason: event.reason });
  });
  return seen;
}

describe('[MEMBER-5] private writing that is private', () => {
  const suite = serverSuite({ maxPrivateBytes: 64 * 1024 });
  const api = (path: string, init: RequestInit = {}, token: string | null = null) =>
    suite.server.api(path, init, token);

  async function boardWithTwoMembers() {
    const boardId = await suite.server.createBoard();
    const facilitator = suite.server.tokenOf(boardId);
    const invite = async (name: string) =>
      (await (await api(`/api/boards/${boardId}/members`, json({ name, role: 'editor' }), facilitator)).json()) as {
        member: Member;
        token: string;
      };
    return { boardId, facilitator, ana: await invite('Ana'), bo: await invite('Bo') };
  }
  /** A stock y-websocket client on the private document of the member `token` names. */
  const drafts = (boardId: string, token: string | null) => suite.connect(`${boardId}/drafts`, { token });
  const waiting = async (boardId: string, token: string) =>
    ((await (await api(`/api/boards/${boardId}/private-cards`, {}, token)).json()) as { waiting: number }).waiting;
  const reveal = (boardId: string, token: string) => api(`/api/boards/${boardId}/reveal`, { method: 'POST' }, token);

  it('a client holding member A’s editor token cannot read B’s private cards by any path before the reveal', async () => {
    const { boardId, facilitator, ana, bo } = await boardWithTwoMembers();
    const secret = 'Bo secretly proposes dropping the loyalty scheme';
    const boPhone = drafts(boardId, bo.token);
    await boPhone.synced;
    addMeasure(boPhone.doc, { text: secret, column: 'change' });
    // B's other device gets it (synced across the member's devices, stored before relayed).
    const boLaptop = drafts(boardId, bo.token);
    await boLaptop.synced;
    await waitFor(() => readPrivateCards(boLaptop.doc).length === 1, 'B’s second device to get the card');
    expect(await waiting(boardId, ana.token)).toBe(1);

    // A's own client, on every sync path it has: the board, and the private document its token opens.
    const board = suite.connect(boardId, { token: ana.token });
    const anaDrafts = drafts(boardId, ana.token);
    await Promise.all([board.synced, anaDrafts.synced]);
    expect(bytesOf(board.doc)).not.toContain('secretly');
    expect(bytesOf(anaDrafts.doc)).not.toContain('secretly');
    expect(readPrivateCards(anaDrafts.doc)).toEqual([]);
    // Over HTTP: the board, its exports, and a version saved now.
    const reads = ['', '/export.md', '/export.json', '/members', '/private-cards'];
    for (const path of reads)
      expect(await (await api(`/api/boards/${boardId}${path}`, {}, ana.token)).text()).not.toContain('secretly');
    const saved = await api(`/api/boards/${boardId}/versions`, json({ name: 'during private writing' }), ana.token);
    const { version } = (await saved.json()) as { version: { id: string } };
    const read = await api(`/api/boards/${boardId}/versions/${version.id}`, {}, ana.token);
    expect(read.status).toBe(200);
    expect(await read.text()).not.toContain('secretly');
    // The facilitator's role link names no member: it has no private document and is told why.
    const noMember = drafts(boardId, facilitator);
    const seen = closes(noMember);
    await waitFor(() => seen.length > 0, 'the member-less connection to be refused');
    expect(seen[0]).toMatchObject({ code: 4403, reason: expect.stringMatching(/needs a member/) });
    expect(noMember.provider.shouldConnect).toBe(false);
    // Fetched without an upgrade, the route answers as the board's does after the same checks ([SYNC-5]).
    expect((await api(`/sync/${boardId}/drafts`, {}, ana.token)).status).toBe(426);
    expect((await api(`/sync/${boardId}/drafts`, {}, null)).status).toBe(401);
    // Only the facilitator reveals.
    expect((await reveal(boardId, ana.token)).status).toBe(403);
    expect(bytesOf(board.doc)).not.toContain('secretly');
  });

  it('reveal with the author offline: the cards appear for everyone at once, authored, exactly once; the drafts are emptied', async () => {
    const { boardId, facilitator, ana, bo } = await boardWithTwoMembers();
    const boDevice = drafts(boardId, bo.token);
    await boDevice.synced;
    const ids = [
      addMeasure(boDevice.doc, { text: 'Loyalty points for returning customers', column: 'add' }),
      addMeasure(boDevice.doc, { text: 'Fewer broad-match ads', column: 'change' }),
    ];
    await waitForValue(
      () => waiting(boardId, facilitator),
      (n) => n === 2,
      'two private cards waiting',
    );
    boDevice.destroy(); // B goes offline before the reveal.

    const watchers = [suite.connect(boardId, { token: ana.token }), suite.connect(boardId)];
    await Promise.all(watchers.map((client) => client.synced));
    const updates: number[] = [0, 0];
    for (const [i, client] of watchers.entries())
      client.doc.on('update', () => {
        updates[i] = (updates[i] ?? 0) + 1;
      });

    // A body that asks for anything is refused before anything moves ([API-1]).
    const asking = await api(`/api/boards/${boardId}/reveal`, json({ only: 'bo' }), facilitator);
    expect(asking.status).toBe(400);
    expect(await asking.text()).toMatch(/only/);
    expect(await waiting(boardId, facilitator)).toBe(2);
    const answer = await reveal(boardId, facilitator);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ revealed: 2, shown: 0 });
    for (const client of watchers) {
      await waitFor(() => readBoard(client.doc).measures.length === 2, 'the revealed cards on every board client');
      const cards = readBoard(client.doc).measures;
      expect(cards.map((card) => [card.id, card.author, card.hidden]).sort()).toEqual(
        ids.map((id) => [id, bo.member.id, false]).sort(),
      );
    }
    // Both cards came as one update: everyone saw them appear at once.
    expect(updates).toEqual([1, 1]);

    // Again: nothing more, nothing twice.
    expect(await (await reveal(boardId, facilitator)).json()).toEqual({ revealed: 0, shown: 0 });
    expect((await suite.server.stored(boardId)).measures).toHaveLength(2);
    expect(await waiting(boardId, facilitator)).toBe(0);
    // B back online: their private document is empty.
    const back = drafts(boardId, bo.token);
    await back.synced;
    expect(readPrivateCards(back.doc)).toEqual([]);
  });

  it('an oversized private document is refused with a reason for that one connection; the board and others go on', async () => {
    const { boardId, ana, bo } = await boardWithTwoMembers();
    const boDevice = drafts(boardId, bo.token);
    const anaDevice = drafts(boardId, ana.token);
    await Promise.all([boDevice.synced, anaDevice.synced]);
    const seen = closes(boDevice);
    // Cards of 15 000 characters each, each stored before the next: the fifth takes it past 64 KiB.
    for (let i = 1; i <= 4; i++) {
      addMeasure(boDevice.doc, { text: `${i}`.repeat(15_000), column: 'add' });
      await waitForValue(
        () => waiting(boardId, bo.token),
        (n) => n === i,
        `card ${i} to be stored`,
      );
    }
    addMeasure(boDevice.doc, { text: '5'.repeat(15_000), column: 'add' });
    await waitFor(() => seen.length > 0, 'the oversized update to be refused');
    expect(seen[0]).toMatchObject({
      code: 4413,
      reason: expect.stringMatching(/private cards would take more than 64 KiB/),
    });
    addMeasure(anaDevice.doc, { text: 'still here', column: 'keep' });
    // What fitted is kept; A's document and the board go on.
    await waitForValue(
      () => waiting(boardId, ana.token),
      (n) => n === 5,
      'A’s card and B’s first four to wait',
    );
    expect(boDevice.provider.shouldConnect).toBe(false);
  });

  it('revoking a member closes their private connection and refuses the next; deleting the board closes the others', async () => {
    const { boardId, facilitator, ana, bo } = await boardWithTwoMembers();
    const boDevice = drafts(boardId, bo.token);
    const anaDevice = drafts(boardId, ana.token);
    await Promise.all([boDevice.synced, anaDevice.synced]);
    const [boSeen, anaSeen] = [closes(boDevice), closes(anaDevice)];
    const revoked = await api(`/api/boards/${boardId}/members/${bo.member.id}`, { method: 'DELETE' }, facilitator);
    expect(revoked.status).toBeLessThan(300);
    await waitFor(() => boSeen.length > 0, 'B’s private connection to close');
    expect(boSeen[0]?.code).toBe(4403);
    const url = `${suite.server.syncUrl}/${boardId}/drafts?token=${encodeURIComponent(bo.token)}`;
    expect(await suite.upgradeStatus(url)).toBe(401);
    expect(anaSeen).toEqual([]);
    expect((await api(`/api/boards/${boardId}`, { method: 'DELETE' }, facilitator)).status).toBe(204);
    await waitFor(() => anaSeen.length > 0, 'A’s private connection to close with the board');
    expect(anaSeen[0]?.code).toBe(4404);
  });
});
