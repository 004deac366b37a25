import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BoardSnapshot } from '@balanza/model';
import {
  Access,
  loadSecret,
  openFileLinkStore,
  openSqliteStore,
  type RateLimits,
  type RunningServer,
  type Store,
  silentLogger,
  startServer,
} from '@balanza/server';

/**
 * Facilitator tokens of every board the test helpers created, by board id: `connectClient` and the
 * browser helpers use them when a test does not pass a token of its own.
 */
export const knownTokens = new Map<string, string>();

export interface TestServer {
  server: RunningServer;
  url: string;
  /** Base URL for `WebsocketProvider` (`ws://127.0.0.1:PORT/sync`). */
  syncUrl: string;
  dataDir: string;
  /** Creates a board through the HTTP API; returns its id and keeps its facilitator token (`tokenOf`). */
  createBoard(body?: Record<string, unknown>): Promise<string>;
  /**
   * Starts next year from a review (`POST /api/boards/:id/next-year` as its facilitator); returns the plan
   * board's id and keeps its facilitator token (`tokenOf`).
   */
  nextYear(reviewId: string): Promise<string>;
  /** The facilitator token of a board this helper created. */
  tokenOf(boardId: string): string;
  /** `fetch` on the server with `Authorization: Bearer <token>` (none when `token` is null). */
  api(path: string, init?: RequestInit, token?: string | null): Promise<Response>;
  /** The board as the server has it (`GET /api/boards/:id` with the facilitator token). */
  stored(boardId: string): Promise<BoardSnapshot>;
  /** Creates a share link as the facilitator; returns its token and id. */
  share(
    boardId: string,
    role: 'facilitator' | 'editor' | 'commenter' | 'viewer',
  ): Promise<{ token: string; id: string }>;
  /** False between `stop()` and `restart()`. */
  readonly running: boolean;
  /** Stops the server (boards compacted, store closed); the data folder stays. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  dispose(): Promise<void>;
  /**
   * Starts the server again on the same port with the same data folder (SQLite file, links, secret),
   * after `stop()`: clients reconnect to the same URL, as after a real restart. Not with `options.store`.
   */
  restart(): Promise<void>;
}

export interface TestServerOptions {
  /** Reuse a data folder (to test a restart); default: a new temp folder. */
  dataDir?: string;
  store?: Store;
  idleUnloadMs?: number;
  compactAfter?: number;
  maxMessageBytes?: number;
  clientDist?: string;
  limits?: Partial<RateLimits>;
  allowedOrigins?: string[];
  /** Minimum time between automatic versions of a board (default: the server's). */
  autoVersionIntervalMs?: number;
  /** Largest private document of a member (default: the server's, [MEMBER-5]). */
  maxPrivateBytes?: number;
}

/** A real server on a free port with a real SQLite file in a temp folder. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'balanza-test-'));
  const launch = (port: number, store: Store) => {
    // Links and secret live in the data folder, as in production, so a restart keeps every token good.
    const access = new Access({
      secret: loadSecret(dataDir),
      links: openFileLinkStore(dataDir),
      openPublicBoards: true,
    });
    return startServer({
      host: '127.0.0.1',
      port,
      store,
      access,
      limits: options.limits,
      allowedOrigins: options.allowedOrigins,
      log: silentLogger(),
      idleUnloadMs: options.idleUnloadMs ?? 60_000,
      compactAfter: options.compactAfter ?? 500,
      maxMessageBytes: options.maxMessageBytes ?? 8 * 1024 * 1024,
      clientDist: options.clientDist,
      autoVersionIntervalMs: options.autoVersionIntervalMs,
      maxPrivateBytes: options.maxPrivateBytes,
    });
  };
  let server = await launch(0, options.store ?? openSqliteStore({ dataDir }));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    get server() {
      return server;
    },
    get running() {
      return !stopped;
    },
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
      const { id, token } = (await response.json()) as { id: string; token: string };
      knownTokens.set(id, token);
      return id;
    },
    async nextYear(reviewId) {
      const response = await fetch(`${server.url}/api/boards/${reviewId}/next-year`, {
        method: 'POST',
        headers: { authorization: `Bearer ${knownTokens.get(reviewId)}` },
      });
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`nextYear: ${response.status} ${await response.text()}`);
      const { id, token } = (await response.json()) as { id: string; token: string };
      knownTokens.set(id, token);
      return id;
    },
    tokenOf(boardId) {
      const token = knownTokens.get(boardId);
      if (!token) throw new Error(`no token kept for board ${boardId}`);
      return token;
    },
    api(path, init = {}, token = null) {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(`${server.url}${path}`, { ...init, headers });
    },
    async stored(boardId) {
      const response = await fetch(`${server.url}/api/boards/${boardId}`, {
        headers: { authorization: `Bearer ${knownTokens.get(boardId)}` },
      });
      if (response.status !== 200) throw new Error(`stored: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { snapshot: BoardSnapshot }).snapshot;
    },
    async share(boardId, role) {
      const response = await fetch(`${server.url}/api/boards/${boardId}/links`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${knownTokens.get(boardId)}` },
        body: JSON.stringify({ role }),
      });
      if (response.status !== 201) throw new Error(`share: ${response.status} ${await response.text()}`);
      const { link } = (await response.json()) as { link: { id: string; token: string } };
      return { token: link.token, id: link.id };
    },
    stop,
    async restart() {
      if (!stopped) throw new Error('restart: stop the server first');
      if (options.store) throw new Error('restart: only with the SQLite store the helper opened');
      server = await launch(server.port, openSqliteStore({ dataDir }));
      stopped = false;
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
