import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type RunningServer, type Store, silentLogger, startServer } from '@balanza/server';

export interface TestServer {
  server: RunningServer;
  url: string;
  /** Base URL for `WebsocketProvider` (`ws://127.0.0.1:PORT/sync`). */
  syncUrl: string;
  dataDir: string;
  /** Creates a board through the HTTP API; returns its id. */
  createBoard(body?: Record<string, unknown>): Promise<string>;
  /** Stops the server (boards compacted, store closed); the data folder stays. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a data folder (to test a restart); default: a new temp folder. */
  dataDir?: string;
  store?: Store;
  idleUnloadMs?: number;
  compactAfter?: number;
  maxMessageBytes?: number;
  clientDist?: string;
}

/** A real server on a free port with a real SQLite file in a temp folder. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'balanza-test-'));
  const store = options.store ?? openSqliteStore({ dataDir });
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    store,
    log: silentLogger(),
    idleUnloadMs: options.idleUnloadMs ?? 60_000,
    compactAfter: options.compactAfter ?? 500,
    maxMessageBytes: options.maxMessageBytes ?? 8 * 1024 * 1024,
    clientDist: options.clientDist,
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    server,
    url: server.url,
    syncUrl: `ws://127.0.0.1:${server.port}/sync`,
    dataDir,
    async createBoard(body = {}) {
      const response = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Review', shop: 'Test shop', reviewedYear: 2026, ...body }),
      });
      if (response.status !== 201) throw new Error(`createBoard: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
