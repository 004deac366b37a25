import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Member } from '@balanza/api';
import { addMeasure, readBoard, readPrivateCards } from '@balanza/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildServer, spawnServer } from './support/child-server.ts';
import { connectClient, type TestClient, waitFor } from './support/clients.ts';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const post = (url: string, token: string, body?: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('[MEMBER-5][SCALE-1] a member’s private cards across two instances on PostgreSQL and Redis', () => {
  const run = randomBytes(4).toString('hex');
  const schema = `balanza_private_${run}`;
  const prefix = `balanza-test-${run}:`;
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-private-scale-'));
  const env = { STORE: 'postgres', DATABASE_URL, DATABASE_SCHEMA: schema, REDIS_URL, REDIS_PREFIX: prefix };
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    servers.push(
      ...(await Promise.all([1, 2].map((n) => spawnServer({ ...env, DATA_DIR: join(dataDir, `instance-${n}`) })))),
    );
  }, 60_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    spawnSync('psql', [DATABASE_URL, '-qc', `DROP SCHEMA IF EXISTS ${schema} CASCADE`]);
    spawnSync('sh', [
      '-c',
      `redis-cli -u ${REDIS_URL} --scan --pattern '${prefix}*' | xargs -r redis-cli -u ${REDIS_URL} del`,
    ]);
  });

  it('two devices on two instances see each other’s private cards live; a reveal on either takes them all', async () => {
    const [one, two] = servers as [ChildServer, ChildServer];
    const created = await post(`${one.url}/api/boards`, '', { title: 'Shared', reviewedYear: 2026 });
    const { id: boardId, token } = (await created.json()) as { id: string; token: string };
    const invited = await post(`${one.url}/api/boards/${boardId}/members`, token, { name: 'Bo', role: 'editor' });
    const bo = (await invited.json()) as { member: Member; token: string };
    const open = (server: ChildServer, room: string, as: string) => {
      const client = connectClient(`ws://127.0.0.1:${server.port}/sync`, room, undefined, as);
      clients.push(client);
      return client;
    };
    const phone = open(one, `${boardId}/drafts`, bo.token);
    const laptop = open(two, `${boardId}/drafts`, bo.token);
    await Promise.all([phone.synced, laptop.synced]);
    addMeasure(phone.doc, { text: 'From the phone', column: 'add' });
    addMeasure(laptop.doc, { text: 'From the laptop', column: 'keep' });
    const texts = (client: TestClient) =>
      readPrivateCards(client.doc)
        .map((card) => card.text)
        .sort();
    for (const device of [phone, laptop])
      await waitFor(() => texts(device).length === 2, 'both private cards on both devices', 10_000);

    const board = open(one, boardId, token);
    await board.synced;
    const revealed = await post(`${two.url}/api/boards/${boardId}/reveal`, token);
    expect(await revealed.json()).toEqual({ revealed: 2, shown: 0 });
    await waitFor(() => readBoard(board.doc).measures.length === 2, 'the revealed cards on the other instance', 10_000);
    expect(readBoard(board.doc).measures.every((card) => card.author === bo.member.id)).toBe(true);
    for (const device of [phone, laptop]) await waitFor(() => texts(device).length === 0, 'the drafts emptied', 10_000);
  });
});
