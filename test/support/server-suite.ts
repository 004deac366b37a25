import type { Role } from '@balanza/model';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type ClientOptions, WebSocket } from 'ws';
import type * as Y from 'yjs';
import { connectClient, type TestClient } from './clients.ts';
import { boardWithMember } from './members.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './server.ts';

export interface ConnectOptions {
  /** The `token` query parameter; default: the facilitator token of a board the helper created; null: none. */
  token?: string | null;
  /** The document to sync (default: a new one). */
  doc?: Y.Doc;
  /** Another server than the suite's, e.g. one from `startServer`. */
  server?: TestServer;
}

export interface ServerSuite {
  /** The real server of this suite (started in `beforeAll`, disposed in `afterAll`). */
  readonly server: TestServer;
  /** A stock y-websocket client on the suite's server, closed after the test (`connectClient`). */
  connect(boardId: string, options?: ConnectOptions): TestClient;
  /** A new board with its facilitator and a `role` member connected, both closed after the test. */
  boardWithMember(role: Exclude<Role, 'facilitator'>): ReturnType<typeof boardWithMember>;
  /** A raw `ws` socket, terminated after the test if it is still open. */
  socket(url: string, options?: ClientOptions): WebSocket;
  /** The HTTP status of a WebSocket upgrade to `url` (101 when it opened; the socket is then closed). */
  upgradeStatus(url: string, headers?: Record<string, string>): Promise<number>;
  /** One more server, with its own options (a restart, compaction, idle unload), disposed after the test. */
  startServer(options?: TestServerOptions): Promise<TestServer>;
  /** Runs `close` after the test (or after the suite, when called from a `beforeAll`). */
  onCleanup(close: () => unknown): void;
}

/**
 * What a `describe` block opens, closed newest first: what a test opened in `afterEach`, even when the
 * test failed half-way, and what a `beforeAll` opened in `afterAll`.
 */
class Cleanups {
  private readonly suiteLevel: Array<() => unknown> = [];
  private testLevel: Array<() => unknown> | null = null;

  add(close: () => unknown): void {
    (this.testLevel ?? this.suiteLevel).push(close);
  }
  startTest(): void {
    this.testLevel = [];
  }
  async endTest(): Promise<void> {
    const list = this.testLevel ?? [];
    this.testLevel = null;
    await closeAll(list);
  }
  endSuite(): Promise<void> {
    return closeAll(this.suiteLevel.splice(0));
  }
}

/** Runs every close, newest first, even after one throws; then throws what went wrong. */
async function closeAll(list: Array<() => unknown>): Promise<void> {
  const errors: unknown[] = [];
  for (const close of list.reverse()) {
    try {
      await close();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'cleanup failed');
}

/**
 * One real server for a `describe` block of tests (`startTestServer`, with `options`): registers the
 * `beforeAll`/`afterAll` that start and dispose it, and the `afterEach` that closes the clients and
 * sockets a test opened through the suite, so a failing test leaks none into the next.
 *
 * @example
 * const suite = serverSuite({ maxMessageBytes: 64 * 1024 });
 * it('syncs', async () => {
 *   const boardId = await suite.server.createBoard();
 *   const a = suite.connect(boardId);
 *   await a.synced;
 * });
 */
export function serverSuite(options: TestServerOptions | (() => TestServerOptions) = {}): ServerSuite {
  let server: TestServer | undefined;
  const cleanups = new Cleanups();
  beforeAll(async () => {
    server = await startTestServer(typeof options === 'function' ? options() : options);
  });
  beforeEach(() => cleanups.startTest());
  afterEach(() => cleanups.endTest());
  afterAll(async () => {
    // What the suite opened goes before the server, so no client sees it die.
    try {
      await cleanups.endSuite();
    } finally {
      await server?.dispose();
    }
  });
  const started = () => {
    if (!server) throw new Error('serverSuite: used before its beforeAll ran');
    return server;
  };
  const socket = (url: string, socketOptions?: ClientOptions) => {
    const opened = new WebSocket(url, socketOptions);
    cleanups.add(() => {
      if (opened.readyState === WebSocket.CLOSED) return;
      // Terminating a socket still connecting reports an error; it is expected here.
      opened.on('error', () => undefined);
      opened.terminate();
    });
    return opened;
  };
  const connect = (boardId: string, { token, doc, server: on }: ConnectOptions = {}) => {
    const client = connectClient((on ?? started()).syncUrl, boardId, doc, token);
    cleanups.add(() => client.destroy());
    return client;
  };
  return {
    get server() {
      return started();
    },
    connect,
    boardWithMember: (role) => boardWithMember(started(), role, (boardId, token) => connect(boardId, { token })),
    socket,
    upgradeStatus: (url, headers = {}) =>
      new Promise((resolve) => {
        const opened = socket(url, { headers });
        opened.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        opened.on('open', () => {
          opened.close();
          resolve(101);
        });
        opened.on('error', () => undefined);
      }),
    async startServer(serverOptions = {}) {
      const extra = await startTestServer(serverOptions);
      cleanups.add(() => extra.dispose());
      return extra;
    },
    onCleanup: (close) => cleanups.add(close),
  };
}
