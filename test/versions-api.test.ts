import { apiErrorBody } from '@balanza/api';
import { type BoardSnapshot, readBoard, removeGoal, updateGoal } from '@balanza/model';
import { openSqliteStore } from '@balanza/server';
import { describe, expect, it } from 'vitest';
import { waitFor, waitForValue } from './support/clients.ts';
import { serverSuite } from './support/server-suite.ts';

type VersionInfo = { id: string; name: string | null; auto: boolean; createdAt: number; createdBy: string | null };

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('/api/boards/:id/versions', () => {
  const suite = serverSuite();
  const list = async (boardId: string, token = suite.server.tokenOf(boardId)) =>
    (
      (await (await suite.server.api(`/api/boards/${boardId}/versions`, {}, token)).json()) as {
        versions: VersionInfo[];
      }
    ).versions;

  it('[VERSION-2][VERSION-3] saves a named version of the live board, lists it and reads it back as a snapshot', async () => {
    const boardId = await suite.server.createBoard();
    const token = suite.server.tokenOf(boardId);
    const client = suite.connect(boardId);
    await client.synced;
    const [sales, other] = readBoard(client.doc).goals;
    updateGoal(client.doc, sales?.id as string, { target: 1000 });
    // The edit is on the server before the version is taken (the client's update reaches it first).
    await waitForValue(
      async () =>
        (await (await suite.server.api(`/api/boards/${boardId}`, {}, token)).json()) as { snapshot: BoardSnapshot },
      (body) => body.snapshot.goals[0]?.target === 1000,
      'the edit on the server',
    );
    const saved = await suite.server.api(
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
    await suite.server.api(`/api/boards/${boardId}/versions`, json({ name: 'after' }), token);
    const versions = await list(boardId);
    // The first edit of a board without versions took an automatic one ([VERSION-4]).
    expect(versions.map((v) => [v.name, v.auto])).toEqual([
      ['after', false],
      ['before the review meeting', false],
      [null, true],
    ]);
    expect(versions.some((v) => 'bytes' in v)).toBe(false);

    const read = await suite.server.api(`/api/boards/${boardId}/versions/${version.id}`, {}, token);
    expect(read.status).toBe(200);
    const body = (await read.json()) as { version: VersionInfo; snapshot: BoardSnapshot };
    expect(body.version).toMatchObject({ id: version.id, name: 'before the review meeting' });
    expect(body.snapshot.goals[0]).toMatchObject({ id: sales?.id, target: 1000 });
    expect(body.snapshot.goals.map((g) => g.id)).toContain(other?.id);
    expect(body.snapshot.problems).toEqual([]);
  });

  it('[VERSION-2][API-1] a bad body is a 400 (or 415) naming the field; a bad version id 400; an unknown one 404', async () => {
    const boardId = await suite.server.createBoard();
    const token = suite.server.tokenOf(boardId);
    const post = (init: RequestInit) => suite.server.api(`/api/boards/${boardId}/versions`, init, token);
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
      expect(apiErrorBody.parse(await response.json()).error.code).toBe('bad_request');
    }
    const notJson = await post({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const wrongType = await post({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name' });
    expect(wrongType.status).toBe(415);

    const badId = await suite.server.api(`/api/boards/${boardId}/versions/not.an.id`, {}, token);
    expect(badId.status).toBe(400);
    const unknown = await suite.server.api(`/api/boards/${boardId}/versions/nosuchversion`, {}, token);
    expect(unknown.status).toBe(404);
    expect(apiErrorBody.parse(await unknown.json()).error).toMatchObject({ code: 'not_found' });
    expect(await list(boardId)).toEqual([]);
  });

  it('[VERSION-4][AUTH-2] viewers list and read versions but cannot save one; without a token: 401', async () => {
    const boardId = await suite.server.createBoard();
    const token = suite.server.tokenOf(boardId);
    const { token: viewer } = await suite.server.share(boardId, 'viewer');
    const { token: commenter } = await suite.server.share(boardId, 'commenter');
    const { token: editor } = await suite.server.share(boardId, 'editor');
    const saved = await suite.server.api(`/api/boards/${boardId}/versions`, json({ name: 'by an editor' }), editor);
    expect(saved.status).toBe(201);
    const { version } = (await saved.json()) as { version: VersionInfo };

    expect((await list(boardId, viewer)).map((v) => v.id)).toEqual([version.id]);
    expect((await suite.server.api(`/api/boards/${boardId}/versions/${version.id}`, {}, viewer)).status).toBe(200);
    for (const weak of [viewer, commenter]) {
      const refused = await suite.server.api(`/api/boards/${boardId}/versions`, json({ name: 'nope' }), weak);
      expect(refused.status).toBe(403);
      expect(apiErrorBody.parse(await refused.json()).error.code).toBe('forbidden');
    }
    for (const path of [`/api/boards/${boardId}/versions`, `/api/boards/${boardId}/versions/${version.id}`])
      expect((await suite.server.api(path, {}, null)).status).toBe(401);
    expect((await suite.server.api(`/api/boards/${boardId}/versions`, json({ name: 'x' }), null)).status).toBe(401);
    expect((await list(boardId, token)).map((v) => v.id)).toEqual([version.id]);
  });

  it('[VERSION-1] deleting a board deletes its versions', async () => {
    const boardId = await suite.server.createBoard();
    const token = suite.server.tokenOf(boardId);
    await suite.server.api(`/api/boards/${boardId}/versions`, json({ name: 'kept?' }), token);
    expect((await suite.server.api(`/api/boards/${boardId}`, { method: 'DELETE' }, token)).status).toBe(204);
    const store = openSqliteStore({ dataDir: suite.server.dataDir });
    suite.onCleanup(() => store.close());
    // The server's own store holds the file open too; a second handle reads the same committed rows.
    expect(await store.listVersions(boardId)).toEqual([]);
  });
});

describe('[VERSION-4] automatic versions', () => {
  const INTERVAL = 300;
  const suite = serverSuite({ autoVersionIntervalMs: INTERVAL });

  it('[VERSION-4] an update arriving when the newest version is older than the interval takes one, at most one per interval', async () => {
    const boardId = await suite.server.createBoard({ title: 'Auto', reviewedYear: 2026 });
    const api = (path: string) => suite.server.api(`/api/boards/${boardId}${path}`, {}, suite.server.tokenOf(boardId));
    const versions = async () => ((await (await api('/versions')).json()) as { versions: VersionInfo[] }).versions;

    const client = suite.connect(boardId);
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
    // (Waits on the clock itself, measured from the first version, not on a guess of how long that takes.)
    const takenAt = first[0]?.createdAt as number;
    await waitFor(() => Date.now() > takenAt + INTERVAL + 50, 'the interval since the first version to pass');
    updateGoal(client.doc, goalId, { target: 6 });
    const second = await waitForValue(versions, (list) => list.length === 2, 'the second automatic version');
    const snapshotOf = async (id: string) =>
      ((await (await api(`/versions/${id}`)).json()) as { snapshot: BoardSnapshot }).snapshot;
    expect((await snapshotOf(second[1]?.id as string)).goals[0]?.target).toBeNull();
    expect((await snapshotOf(second[0]?.id as string)).goals[0]?.target).toBe(5);
  });
});
