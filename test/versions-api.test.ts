import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BoardSnapshot, readBoard, removeGoal, updateGoal } from '@balanza/model';
import {
  Access,
  createMemoryLinkStore,
  openSqliteStore,
  type RunningServer,
  silentLogger,
  startServer,
} from '@balanza/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, waitForValue } from './support/clients.ts';
import { startTestServer, type TestServer } from './support/server.ts';

type VersionInfo = { id: string; name: string | null; auto: boolean; createdAt: number; createdBy: string | null };
type ErrorBody = { error: { code: string; message: string } };

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('/api/boards/:id/versions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.dispose());

  const list = async (boardId: string, token = server.tokenOf(boardId)) =>
    ((await (await server.api(`/api/boards/${boardId}/versions`, {}, token)).json()) as { versions: VersionInfo[] })
      .versions;

  it('[VERSION-2][VERSION-3] saves a named version of the live board, lists it and reads it back as a snapshot', async () => {
    const boardId = await server.createBoard();
    const token = server.tokenOf(boardId);
    const client = connectClient(server.syncUrl, boardId);
    await client.synced;
    const [sales, other] = readBoard(client.doc).goals;
    updateGoal(client.doc, sales?.id as string, { target: 1000 });
    // The edit is on the server before the version is taken (the client's update reaches it first).
    await waitForValue(
      async () => (await (await server.api(`/api/boards/${boardId}`, {}, token)).json()) as { snapshot: BoardSnapshot },
      (body) => body.snapshot.goals[0]?.target === 1000,
      'the edit on the server',
    );
    const saved = await server.api(
      `/api/boards/${boardId}/versions`,
      json({ name: 'before the review meeting', author: 'Ana' }),
      token,
    );
    expect(saved.status).toBe(201);
    const { version } = (await saved.json()) as { version: VersionInfo };
    expect(version).toMatchObject({ name: 'before the review meeting', auto: false, createdBy: 'Ana' });

    // Later edits do not change the version.
    removeGoal(client.doc, other?.id as string);
    updateGoal(client.doc, sales?.id as string, { target: 5 });
    await server.api(`/api/boards/${boardId}/versions`, json({ name: 'after' }), token);
    const versions = await list(boardId);
    // The first edit of a board without versions took an automatic one ([VERSION-4]).
    expect(versions.map((v) => [v.name, v.auto])).toEqual([
      ['after', false],
      ['before the review meeting', false],
      [null, true],
    ]);
    expect(versions.some((v) => 'bytes' in v)).toBe(false);

    const read = await server.api(`/api/boards/${boardId}/versions/${version.id}`, {}, token);
    expect(read.status).toBe(200);
    const body = (await read.json()) as { version: VersionInfo; snapshot: BoardSnapshot };
    expect(body.version).toMatchObject({ id: version.id, name: 'before the review meeting' });
    expect(body.snapshot.goals[0]).toMatchObject({ id: sales?.id, target: 1000 });
    expect(body.snapshot.goals.map((g) => g.id)).toContain(other?.id);
    expect(body.snapshot.problems).toEqual([]);
    client.destroy();
  });

  it('[VERSION-2][API-1] a bad body is a 400 (or 415) naming the field; a bad version id 400; an unknown one 404', async () => {
    const boardId = await server.createBoard();
    const token = server.tokenOf(boardId);
    const post = (init: RequestInit) => server.api(`/api/boards/${boardId}/versions`, init, token);
    for (const bad of [
      {},
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(121) },
      { name: 3 },
      { name: 'ok', bytes: 1 },
    ]) {
      const response = await post(json(bad));
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(((await response.json()) as ErrorBody).error.code).toBe('bad_request');
    }
    const notJson = await post({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const wrongType = await post({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name' });
    expect(wrongType.status).toBe(415);

    const badId = await server.api(`/api/boards/${boardId}/versions/not.an.id`, {}, token);
    expect(badId.status).toBe(400);
    const unknown = await server.api(`/api/boards/${boardId}/versions/nosuchversion`, {}, token);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorBody).error).toMatchObject({ code: 'not_found' });
    expect(await list(boardId)).toEqual([]);
  });

  it('[VERSION-4][AUTH-2] viewers list and read versions but cannot save one; without a token: 401', async () => {
    const boardId = await server.createBoard();
    const token = server.tokenOf(boardId);
    const { token: viewer } = await server.share(boardId, 'viewer');
    const { token: commenter } = await server.share(boardId, 'commenter');
    const { token: editor } = await server.share(boardId, 'editor');
    const saved = await server.api(`/api/boards/${boardId}/versions`, json({ name: 'by an editor' }), editor);
    expect(saved.status).toBe(201);
    const { version } = (await saved.json()) as { version: VersionInfo };

    expect((await list(boardId, viewer)).map((v) => v.id)).toEqual([version.id]);
    expect((await server.api(`/api/boards/${boardId}/versions/${version.id}`, {}, viewer)).status).toBe(200);
    for (const weak of [viewer, commenter]) {
      const refused = await server.api(`/api/boards/${boardId}/versions`, json({ name: 'nope' }), weak);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorBody).error.code).toBe('forbidden');
    }
    for (const path of [`/api/boards/${boardId}/versions`, `/api/boards/${boardId}/versions/${version.id}`])
      expect((await server.api(path, {}, null)).status).toBe(401);
    expect((await server.api(`/api/boards/${boardId}/versions`, json({ name: 'x' }), null)).status).toBe(401);
    expect((await list(boardId, token)).map((v) => v.id)).toEqual([version.id]);
  });

  it('[VERSION-1] deleting a board deletes its versions', async () => {
    const boardId = await server.createBoard();
    const token = server.tokenOf(boardId);
    await server.api(`/api/boards/${boardId}/versions`, json({ name: 'kept?' }), token);
    expect((await server.api(`/api/boards/${boardId}`, { method: 'DELETE' }, token)).status).toBe(204);
    const store = openSqliteStore({ dataDir: server.dataDir });
    // The server's own store holds the file open too; a second handle reads the same committed rows.
    expect(await store.listVersions(boardId)).toEqual([]);
    await store.close();
  });
});

describe('[VERSION-4] automatic versions', () => {
  const INTERVAL = 300;
  let running: RunningServer;
  let dataDir: string;
  let syncUrl: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'balanza-versions-'));
    running = await startServer({
      host: '127.0.0.1',
      port: 0,
      store: openSqliteStore({ dataDir }),
      log: silentLogger(),
      access: new Access({ secret: randomBytes(32), links: createMemoryLinkStore(), openPublicBoards: true }),
      idleUnloadMs: 60_000,
      compactAfter: 500,
      maxMessageBytes: 8 * 1024 * 1024,
      autoVersionIntervalMs: INTERVAL,
    });
    syncUrl = `ws://127.0.0.1:${running.port}/sync`;
  });
  afterAll(async () => {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[VERSION-4] an update arriving when the newest version is older than the interval takes one, at most one per interval', async () => {
    const created = await fetch(`${running.url}/api/boards`, json({ title: 'Auto', reviewedYear: 2026 }));
    const { id: boardId, token } = (await created.json()) as { id: string; token: string };
    const api = (path: string) =>
      fetch(`${running.url}/api/boards/${boardId}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const versions = async () => ((await (await api('/versions')).json()) as { versions: VersionInfo[] }).versions;

    const client = connectClient(syncUrl, boardId, undefined, token);
    await client.synced;
    expect(await versions()).toEqual([]);
    const goalId = readBoard(client.doc).goals[0]?.id as string;
    // First update on a board without versions: one automatic version, of the board before that update.
    updateGoal(client.doc, goalId, { target: 1 });
    const first = await waitForValue(versions, (list) => list.length === 1, 'the first automatic version');
    expect(first[0]).toMatchObject({ auto: true, name: null, createdBy: null });
    // More updates within the interval take none.
    for (let i = 2; i <= 5; i++) updateGoal(client.doc, goalId, { target: i });
    await waitForValue(
      async () => ((await (await api('')).json()) as { snapshot: BoardSnapshot }).snapshot.goals[0]?.target,
      (target) => target === 5,
      'the edits on the server',
    );
    expect(await versions()).toHaveLength(1);
    // After the interval, the next update takes another: it holds the board as it was before that update.
    await new Promise((resolve) => setTimeout(resolve, INTERVAL + 50));
    updateGoal(client.doc, goalId, { target: 6 });
    const second = await waitForValue(versions, (list) => list.length === 2, 'the second automatic version');
    const snapshotOf = async (id: string) =>
      ((await (await api(`/versions/${id}`)).json()) as { snapshot: BoardSnapshot }).snapshot;
    expect((await snapshotOf(second[1]?.id as string)).goals[0]?.target).toBeNull();
    expect((await snapshotOf(second[0]?.id as string)).goals[0]?.target).toBe(5);
    client.destroy();
  });
});
