import { addGoal, readBoard, updateMeta } from '@balanza/model';
import { openSqliteStore } from '@balanza/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { waitFor, waitForValue } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

describe('persistence through the real server and a real SQLite file', () => {
  // Most tests here start a server of their own (a restart, compaction, idle unload): `startServer`.
  const suite = serverSuite();

  it('[PERSIST-2] edits survive a restart of the server', async () => {
    const first = await suite.startServer();
    const boardId = await first.createBoard();
    const writer = suite.connect(boardId, { server: first });
    await writer.synced;
    const ids = Array.from({ length: 25 }, (_, i) => addGoal(writer.doc, { label: `goal ${i}`, actual: i }));
    const observer = suite.connect(boardId, { server: first });
    await observer.synced;
    await waitFor(() => ids.every((id) => readBoard(observer.doc).goals.some((goal) => goal.id === id)), 'all goals');
    const before = JSON.stringify(readBoard(observer.doc));
    writer.destroy();
    observer.destroy();
    await first.stop();

    const second = await suite.startServer({ dataDir: first.dataDir });
    const reader = suite.connect(boardId, { server: second });
    await reader.synced;
    expect(JSON.stringify(readBoard(reader.doc))).toBe(before);
  });

  it('[PERSIST-3] a compacted log reloads as the same document', async () => {
    const server = await suite.startServer({ compactAfter: 10 });
    const boardId = await server.createBoard();
    const client = suite.connect(boardId, { server });
    await client.synced;
    for (let i = 0; i < 35; i++) addGoal(client.doc, { label: `goal ${i}` });
    const room = await server.server.rooms.open(boardId);
    await waitFor(() => room?.doc.getMap('goals').size === 42, 'the server to have every goal');
    await room?.settled();
    const expected = Y.encodeStateAsUpdate(room?.doc as Y.Doc);
    client.destroy();
    await server.stop();

    const store = openSqliteStore({ dataDir: server.dataDir });
    suite.onCleanup(() => store.close());
    const stored = await store.load(boardId);
    // 1 creation + 35 updates with compaction every 10 leaves a snapshot and at most 9 updates after it.
    expect(stored?.updates.length).toBeLessThan(10);
    const reloaded = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(reloaded, update);
    const original = new Y.Doc();
    Y.applyUpdate(original, expected);
    expect(readBoard(reloaded)).toEqual(readBoard(original));
  });

  it('[PERSIST-4] an idle board is unloaded and loads again on the next connection', async () => {
    const server = await suite.startServer({ idleUnloadMs: 50 });
    const boardId = await server.createBoard();
    const client = suite.connect(boardId, { server });
    await client.synced;
    const goalId = addGoal(client.doc, { label: 'kept while unloaded' });
    await waitFor(() => server.server.rooms.loadedCount === 1, 'the board to be loaded');
    client.destroy();
    await waitFor(() => server.server.rooms.loadedCount === 0, 'the board to be unloaded');
    const next = suite.connect(boardId, { server });
    await next.synced;
    expect(readBoard(next.doc).goals.some((goal) => goal.id === goalId)).toBe(true);
  });

  it('[PERSIST-2] the board list follows a renamed board', async () => {
    const { server } = suite;
    const boardId = await server.createBoard({ title: 'Before' });
    const client = suite.connect(boardId);
    await client.synced;
    updateMeta(client.doc, { title: 'After', shop: 'New shop' });
    type Listed = { boards: Array<{ id: string; title: string; shop: string }> };
    const { boards } = await waitForValue(
      async () =>
        (await (
          await fetch(`${server.url}/api/boards`, { headers: { 'x-board-tokens': server.tokenOf(boardId) } })
        ).json()) as Listed,
      (listed) => listed.boards.some((board) => board.title === 'After'),
      'the new title in the board list',
    );
    expect(boards.find((board) => board.id === boardId)).toMatchObject({ title: 'After', shop: 'New shop' });
  });
});
