import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Role } from '@balanza/model';
import { isBoardId } from '@balanza/model';
import type { Hono } from 'hono';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Access } from '../auth/access.ts';
import { openOr404 } from '../http/api.ts';
import { requestToken, unauthorized } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { originAllowed } from '../http/security.ts';
import type { Logger } from '../log.ts';
import { connectionLimiter, type RateLimits } from './rate-limit.ts';
import { CLOSE, type Peer } from './room.ts';
import type { Rooms } from './rooms.ts';

const UNSUPPORTED_DATA = 1003;
const POLICY_VIOLATION = 1008;
const OPEN = 1;
/** Set on the request Hono checks for an upgrade; a plain GET of the endpoint is told to upgrade (426). */
const UPGRADE_ENV = 'balanzaUpgrade';
/** How the check tells the upgrade handler the connection may go on, and with which role. */
const ROLE_HEADER = 'x-balanza-role';

export interface SyncRouteOptions {
  rooms: Rooms;
  log: Logger;
  access: Access;
  limits: RateLimits;
  /** Origins allowed besides the server's own (e.g. the Vite dev server). */
  allowedOrigins: readonly string[];
}

/** WebSocket close reasons are limited to 123 bytes. */
const shortReason = (reason: string) => (Buffer.byteLength(reason) > 120 ? `${reason.slice(0, 100)}…` : reason);

/**
 * `GET /sync/:boardId?token=…`, the checks before the y-websocket upgrade, in Hono like every other
 * route: the Origin must be ours (403), the token good for the board (401, whether the board exists or
 * not), the board must exist (404), so a mistyped link never creates an empty board.
 */
export function mountSyncRoute(app: Hono, { rooms, access, allowedOrigins }: SyncRouteOptions) {
  app.get('/sync/:boardId', async (c) => {
    const id = c.req.param('boardId');
    if (!isBoardId(id)) return apiError(c, 400, 'invalid_board_id', 'a board id is 1–64 letters, digits, "-" or "_"');
    if (!originAllowed(c, allowedOrigins))
      return apiError(c, 403, 'origin_refused', 'this page may not connect to the board (cross-origin)');
    const role = access.roleFor(id, requestToken(c));
    if (!role) return unauthorized(c);
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    if (!(c.env as Record<string, unknown> | undefined)?.[UPGRADE_ENV])
      return apiError(c, 426, 'upgrade_required', 'this endpoint speaks the y-websocket protocol over a WebSocket');
    return c.body(null, 200, { [ROLE_HEADER]: role });
  });
}

/**
 * Takes the server's WebSocket upgrades for `/sync/…`: runs the route's checks, answers a refusal with
 * its status and JSON error, and hands an accepted socket straight to the board's room. Plain `ws`
 * sockets, nothing of the request kept: an idle connection holds little more than the socket itself.
 */
export function attachSyncUpgrades(server: Server, app: Hono, wss: WebSocketServer, options: SyncRouteOptions) {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    void checkUpgrade(app, request).then(
      (verdict) => {
        if (!verdict.ok) return refuse(socket, verdict.status, verdict.body);
        wss.handleUpgrade(request, socket, head, (ws) => connect(ws, verdict.boardId, verdict.role, options));
      },
      (error: unknown) => {
        options.log.error({ err: error }, 'websocket upgrade failed');
        refuse(socket, 500, '');
      },
    );
  });
}

type UpgradeVerdict = { ok: true; boardId: string; role: Role } | { ok: false; status: number; body: string };

async function checkUpgrade(app: Hono, request: IncomingMessage): Promise<UpgradeVerdict> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/sync\/([^/]+)$/.exec(url.pathname);
  if (!match) return { ok: false, status: 404, body: '' };
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? (value[0] ?? '') : value);
  }
  const response = await app.request(url, { headers }, { [UPGRADE_ENV]: true });
  const role = response.headers.get(ROLE_HEADER) as Role | null;
  if (response.status !== 200 || !role) return { ok: false, status: response.status, body: await response.text() };
  return { ok: true, boardId: decodeURIComponent(match[1] ?? ''), role };
}

function refuse(socket: Duplex, status: number, body: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** One accepted socket: frames go to the room (which checks the role per update); floods close it (1008). */
function connect(ws: WebSocket, boardId: string, role: Role, { rooms, log, limits }: SyncRouteOptions): void {
  const peer: Peer = {
    send(frame) {
      if (ws.readyState === OPEN) ws.send(frame);
    },
    close(code, reason) {
      ws.close(code, shortReason(reason));
    },
  };
  const overLimit = connectionLimiter(limits);
  let joined: Awaited<ReturnType<Rooms['open']>> = null;
  // Frames that arrive while the room is being opened wait, in order (the room is usually cached by the check).
  const early: Array<[Buffer, boolean]> = [];
  const onMessage = (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    const frame = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
    if (!joined) return void early.push([frame, isBinary]);
    const room = joined;
    const flood = overLimit(frame.byteLength);
    if (flood) {
      log.warn({ board: boardId, reason: flood }, 'closing a connection: flood');
      room.leave(peer);
      ws.close(POLICY_VIOLATION, flood);
      return;
    }
    if (!isBinary) {
      room.leave(peer);
      ws.close(UNSUPPORTED_DATA, 'text frames are not part of the protocol');
      return;
    }
    room.receive(peer, new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength));
  };
  ws.on('message', onMessage);
  // A frame over maxPayload: ws closes this socket with 1009 and reports it here; nothing else is touched.
  ws.on('error', (error) => {
    log.warn({ board: boardId, err: error }, 'websocket error');
    joined?.leave(peer);
  });
  ws.on('close', () => joined?.leave(peer));

  rooms.open(boardId).then(
    (room) => {
      if (ws.readyState !== OPEN) return;
      if (!room) return ws.close(CLOSE.boardDeleted, 'board not found');
      rooms.keep(boardId);
      room.join(peer, role);
      joined = room;
      for (const [frame, isBinary] of early.splice(0)) onMessage(frame, isBinary);
    },
    () => ws.close(CLOSE.boardDeleted, 'board not found'),
  );
}
