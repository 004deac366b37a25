import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type * as Y from 'yjs';
import { type ChildServer, spawnServer } from './child-server.ts';
import { connectClient, type TestClient } from './clients.ts';

// The PostgreSQL and Redis this kind of machine runs (scripts/setup.sh starts them when they are not running).
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface SharedInstances {
  /** The running instances, in order, once the block's `beforeAll` has run. */
  readonly servers: ChildServer[];
  /** A board made on the first instance, with its facilitator token. */
  readonly board: { id: string; token: string };
  /**
   * A Yjs client of `room` (a board id, or `<board>/drafts`) on `server`, destroyed after the block; with `doc`,
   * a new connection of that document (a client the load balancer sends to another instance).
   */
  connect(server: ChildServer, room: string, token: string, doc?: Y.Doc): TestClient;
}

/**
 * `count` server processes for a `describe` block, sharing a PostgreSQL schema and a Redis key prefix of their
 * own (so blocks never see each other's boards), each with a data folder of its own (links and the secret come
 * from the database), and one board made on the first; all of it removed after the block.
 */
export function sharedInstances(name: string, count = 2): SharedInstances {
  const run = randomBytes(4).toString('hex');
  const schema = `balanza_${name}_${run}`;
  const prefix = `balanza-test-${run}:`;
  const dataDir = mkdtempSync(join(tmpdir(), `balanza-${name}-`));
  const env = { STORE: 'postgres', DATABASE_URL, DATABASE_SCHEMA: schema, REDIS_URL, REDIS_PREFIX: prefix };
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];
  const board = { id: '', token: '' };

  beforeAll(async () => {
    // All of them start before the board exists: what one makes, the others find at once.
    const started = Array.from({ length: count }, (_, n) =>
      spawnServer({ ...env, DATA_DIR: join(dataDir, `instance-${n + 1}`) }),
    );
    servers.push(...(await Promise.all(started)));
    const created = await fetch(`${servers[0]?.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Shared', reviewedYear: 2026 }),
    });
    Object.assign(board, (await created.json()) as { id: string; token: string });
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

  return {
    servers,
    board,
    connect(server, room, token, doc) {
      const client = connectClient(`ws://127.0.0.1:${server.port}/sync`, room, doc, token);
      clients.push(client);
      return client;
    },
  };
}
