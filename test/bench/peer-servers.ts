import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, spawnServer } from '../support/child-server.ts';
import type { ServerKind } from './peer-clients.ts';

/** A server of the comparison: the protocol its clients speak, and how it is configured. */
export interface BenchServerSpec {
  /** How the results name it. */
  name: string;
  kind: ServerKind;
  env?: Record<string, string>;
}

/** The servers compared by `pnpm bench`, each with its persistence on. */
export const BENCH_SERVERS: BenchServerSpec[] = [
  { name: 'balanza', kind: 'balanza' },
  { name: 'y-websocket-server', kind: 'y-websocket-server' },
  { name: 'hocuspocus', kind: 'hocuspocus' },
  // Stores after every change (still after relaying it): the durable comparison.
  { name: 'hocuspocus, no debounce', kind: 'hocuspocus', env: { HOCUSPOCUS_DEBOUNCE: '0' } },
];

/** A server under test in its own process, with its persistence on, and how to open a board on it. */
export interface BenchServer {
  name: string;
  kind: ServerKind;
  process: ChildServer;
  dataDir: string;
  /** A board name (and, for Balanza, an editor token) ready for clients. */
  newBoard(title: string): Promise<{ board: string; token?: string }>;
  /** Heap in use plus memory outside it, after a full garbage collection in the server (bytes). */
  heap(): Promise<number>;
}

/** Starts a server on a data folder (a new one by default): Balanza's SQLite, y-leveldb, Hocuspocus' file. */
export async function startBenchServer(
  spec: ServerKind | BenchServerSpec,
  dataDir = mkdtempSync(join(tmpdir(), 'bench-server-')),
) {
  const { name, kind, env } = typeof spec === 'string' ? { name: spec, kind: spec, env: {} } : spec;
  const entry =
    kind === 'balanza'
      ? 'server/src/main.ts'
      : kind === 'y-websocket-server'
        ? 'test/bench/peers/yws-server.ts'
        : 'test/bench/peers/hocuspocus-server.ts';
  // Balanza: every update committed to SQLite (WAL) before relay; generous limits so the load generator is no flood.
  const process = await spawnServer(
    {
      DATA_DIR: dataDir,
      YPERSISTENCE: join(dataDir, 'leveldb'),
      LOG_LEVEL: 'info',
      RATE_MESSAGES_PER_SEC: '1000',
      RATE_MESSAGE_BURST: '20000',
      ...env,
    },
    entry,
    // BENCH_SERVER_ARGS adds Node flags to every server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile one.
    [
      '--expose-gc',
      '--import',
      './test/bench/peers/heap-probe.ts',
      ...(globalThis.process.env.BENCH_SERVER_ARGS?.split(' ') ?? []),
    ],
  );
  let counter = 0;
  const server: BenchServer = {
    name,
    kind,
    process,
    dataDir,
    heap() {
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the server did not answer the heap probe')), 10_000);
        process.child.once('message', (message) => {
          clearTimeout(timer);
          resolve((message as { heap: number }).heap);
        });
        process.child.send('heap');
      });
    },
    async newBoard(title) {
      if (kind !== 'balanza') return { board: `board-${counter++}-${title.replace(/\W/g, '')}` };
      const created = await fetch(`${process.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, reviewedYear: 2026 }),
      });
      const { id, token } = (await created.json()) as { id: string; token: string };
      // Clients join as editors, so every update goes through the role check.
      const shared = await fetch(`${process.url}/api/boards/${id}/links`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ role: 'editor' }),
      });
      const { link } = (await shared.json()) as { link: { token: string } };
      return { board: id, token: link.token };
    },
  };
  return server;
}
