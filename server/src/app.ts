import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type ServerType, serve } from '@hono/node-server';
import { Hono } from 'hono';
import { WebSocketServer } from 'ws';
import { Access, isLoopbackHost } from './auth/access.ts';
import { createMemoryLinkStore } from './auth/links.ts';
import type { Config } from './config.ts';
import { createApi } from './http/api.ts';
import { apiError } from './http/errors.ts';
import { securityHeaders } from './http/security.ts';
import { mountClient } from './http/static.ts';
import { mountSyncRoute } from './http/sync-route.ts';
import type { Logger } from './log.ts';
import type { Store } from './store/store.ts';
import { DraftRooms } from './sync/draft-rooms.ts';
import type { RateLimits } from './sync/rate-limit.ts';
import { type InstanceFanout, Rooms } from './sync/rooms.ts';
import { attachSyncUpgrades } from './sync/ws-route.ts';

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url));

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  /** `http://host:port` */
  url: string;
  rooms: Rooms;
  access: Access;
  /** Stops accepting connections, compacts and unloads every board, closes the store. */
  close(): Promise<void>;
}

export type ServerOptions = Pick<Config, 'host' | 'port' | 'idleUnloadMs' | 'compactAfter' | 'maxMessageBytes'> & {
  store: Store;
  log: Logger;
  /** Share links and the secret that signs them; default: in memory with a random secret (tests). */
  access?: Access;
  /** Per-connection flood guard; defaults as in `loadConfig`. */
  limits?: Partial<RateLimits>;
  /** Origins allowed to open the WebSocket besides the server's own. */
  allowedOrigins?: string[];
  /** In development the Vite dev server's origin (port 5173) may open the WebSocket too. */
  production?: boolean;
  /** Minimum time between automatic versions of a board (default: one hour). */
  autoVersionIntervalMs?: number;
  /** Serve the built client from this folder (production); omit for API and sync only. */
  clientDist?: string;
  /** Largest private document of a member, encoded ([MEMBER-5]; default `MAX_PRIVATE_BYTES`, 1 MiB). */
  maxPrivateBytes?: number;
  /** Share boards with other instances (see RedisFanout); omit for one instance. */
  fanout?: InstanceFanout & { readonly ready: boolean };
};

/**
 * Starts the whole server: the JSON API, the y-websocket endpoint and (optionally) the built client.
 *
 * @example
 * const server = await startServer({ host: '127.0.0.1', port: 0, store: createMemoryStore(), log, ...limits });
 * new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, boardId, doc);
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { store, log } = options;
  const rooms = new Rooms({
    store,
    log,
    idleUnloadMs: options.idleUnloadMs,
    compactAfter: options.compactAfter,
    autoVersionIntervalMs: options.autoVersionIntervalMs,
    fanout: options.fanout,
  });
  const drafts = new DraftRooms({
    store,
    log,
    rooms,
    idleUnloadMs: options.idleUnloadMs,
    compactAfter: options.compactAfter,
    maxBytes: options.maxPrivateBytes,
    fanout: options.fanout,
  });
  const access =
    options.access ??
    new Access({
      secret: randomBytes(32),
      links: createMemoryLinkStore(),
      openPublicBoards: isLoopbackHost(options.host),
    });
  // A revoked link or a changed role ends the connections that hold it, on every instance ([MEMBER-1]).
  access.onLinksChange((boardId) => {
    const roleOf = (linkId: string) => access.currentLink(boardId, linkId)?.role ?? null;
    void rooms.recheckLinks(boardId, roleOf);
    void drafts.recheckLinks(boardId, roleOf);
  });
  const limits: RateLimits = {
    messagesPerSecond: 200,
    messageBurst: 1000,
    bytesPerSecond: 4 * 1024 * 1024,
    byteBurst: 2 * options.maxMessageBytes,
    ...options.limits,
  };
  const allowedOrigins = [
    ...(options.allowedOrigins ?? []),
    ...(options.production ? [] : ['http://localhost:5173', 'http://127.0.0.1:5173']),
  ];
  const app = new Hono();
  app.use('*', securityHeaders());
  // ws closes a connection whose frame exceeds this (code 1009) without touching any other.
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes });
  const sync = { rooms, drafts, log, access, limits, allowedOrigins };

  app.onError((error, c) => {
    log.error({ err: error, path: c.req.path }, 'request failed');
    return apiError(c, 500, 'internal', 'something went wrong on the server; try again');
  });
  app.route(
    '/api',
    createApi({
      store,
      rooms,
      drafts,
      log,
      access,
      maxBodyBytes: Math.min(options.maxMessageBytes, 1024 * 1024),
      fanout: options.fanout,
    }),
  );
  mountSyncRoute(app, sync);
  if (options.clientDist && !mountClient(app, options.clientDist)) {
    log.warn({ dir: options.clientDist }, 'no built client found; run `pnpm build` to serve the app');
  }

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(started));
  });
  attachSyncUpgrades(server as Server, wss, sync);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    rooms,
    access,
    close() {
      closing ??= (async () => {
        // Stop taking new connections, then say goodbye (1001) to open ones after storing every board.
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await drafts.closeAll();
        await rooms.closeAll();
        for (const client of wss.clients) client.terminate();
        if ('closeAllConnections' in server) server.closeAllConnections();
        await stopped;
        await store.close();
      })();
      return closing;
    },
  };
}
