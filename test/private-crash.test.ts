import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Member } from '@balanza/api';
import { addMeasure, readBoard, readPrivateCards } from '@balanza/model';
import { openSqliteStore, type Store } from '@balanza/server';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from './support/child-server.ts';
import { connectClient, type TestClient, waitFor, waitForValue } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

const post = (url: string, token: string, body?: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('[MEMBER-5][DUR-1] private cards survive crashes, and a reveal cut off half-way', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-private-crash-'));
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('kill -9 between a private write and the reveal loses nothing: the card is revealed, authored, after the restart', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const created = await post(`${first.url}/api/boards`, '', { title: 'Crash', reviewedYear: 2026 });
    const { id: boardId, token } = (await created.json()) as { id: string; token: string };
    const invited = await post(`${first.url}/api/boards/${boardId}/members`, token, { name: 'Bo', role: 'editor' });
    const bo = (await invited.json()) as { member: Member; token: string };
    const device = connectClient(`ws://127.0.0.1:${first.port}/sync`, `${boardId}/drafts`, undefined, bo.token);
    const other = connectClient(`ws://127.0.0.1:${first.port}/sync`, `${boardId}/drafts`, undefined, bo.token);
    clients.push(device, other);
    await Promise.all([device.synced, other.synced]);
    const id = addMeasure(device.doc, { text: 'Written just before the crash', column: 'add' });
    // B's other device has it: the server stored it before relaying it ([PERSIST-1]).
    await waitFor(() => readPrivateCards(other.doc).length === 1, 'the card on the other device');
    await first.kill('SIGKILL');
    device.destroy();
    other.destroy();

    const second = await spawnServer({ DATA_DIR: dataDir });
    servers.push(second);
    const revealed = await post(`${second.url}/api/boards/${boardId}/reveal`, token);
    expect(await revealed.json()).toEqual({ revealed: 1, shown: 0 });
    const board = connectClient(`ws://127.0.0.1:${second.port}/sync`, boardId, undefined, token);
    clients.push(board);
    await board.synced;
    expect(readBoard(board.doc).measures.map((card) => [card.id, card.author, card.text])).toEqual([
      [id, bo.member.id, 'Written just before the crash'],
    ]);
  });
});

describe('[MEMBER-5] a reveal cut off between the board and the private documents', () => {
  const suite = serverSuite();

  it('the board has the cards once; a second reveal adds nothing and empties the private document', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'balanza-private-cut-'));
    let failDrafts = false;
    const sqlite = openSqliteStore({ dataDir });
    // The store fails the emptying of the private document, as a crash right after the board's write would leave it.
    const store: Store = {
      ...sqlite,
      appendDrafts: (...args) =>
        failDrafts ? Promise.reject(new Error('the process died here')) : sqlite.appendDrafts(...args),
    };
    const first = await suite.startServer({ dataDir, store });
    const boardId = await first.createBoard();
    const facilitator = first.tokenOf(boardId);
    const invited = await first.api(
      `/api/boards/${boardId}/members`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bo', role: 'editor' }),
      },
      facilitator,
    );
    const bo = (await invited.json()) as { member: Member; token: string };
    const device = suite.connect(`${boardId}/drafts`, { token: bo.token, server: first });
    await device.synced;
    addMeasure(device.doc, { text: 'Revealed once', column: 'keep' });
    const waiting = async (server: typeof first) =>
      (
        (await (await server.api(`/api/boards/${boardId}/private-cards`, {}, facilitator)).json()) as {
          waiting: number;
        }
      ).waiting;
    await waitForValue(
      () => waiting(first),
      (n) => n === 1,
      'the card to be stored',
    );
    device.destroy();
    failDrafts = true;
    expect((await first.api(`/api/boards/${boardId}/reveal`, { method: 'POST' }, facilitator)).status).toBe(500);
    await first.stop();

    const second = await suite.startServer({ dataDir });
    expect(await waiting(second)).toBe(0);
    const again = await second.api(`/api/boards/${boardId}/reveal`, { method: 'POST' }, facilitator);
    expect(await again.json()).toEqual({ revealed: 0, shown: 0 });
    const cards = (await second.stored(boardId)).measures;
    expect(cards.map((card) => [card.text, card.author])).toEqual([['Revealed once', bo.member.id]]);
    const back = suite.connect(`${boardId}/drafts`, { token: bo.token, server: second });
    await back.synced;
    expect(readPrivateCards(back.doc)).toEqual([]);
  });
});
