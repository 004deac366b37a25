import { isBoardId } from '@balanza/model';
import type { NodeWebSocket } from '@hono/node-ws';
import type { Hono } from 'hono';
import type { WSContext } from 'hono/ws';
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

export interface SyncRouteOptions {
  rooms: Rooms;
  log: Logger;
  access: Access;
  limits: RateLimits;
  /** Origins allowed besides the server's own (e.g. the Vite dev server). */
  allowedOrigins: readonly string[];
}

// @hono/node-ws reports socket errors (e.g. a frame over maxPayload) as `new ErrorEvent(...)`, which
// Node 20 lacks; without this the report itself throws and our onError never runs.
if (!('ErrorEvent' in globalThis)) {
  (globalThis as unknown as Record<string, unknown>).ErrorEvent = class ErrorEvent extends Event {
    readonly error: unknown;
    readonly message: string;
    constructor(type: string, init: { error?: unknown; message?: string } = {}) {
      super(type);
      this.error = init.error;
      this.message = init.message ?? '';
    }
  };
}
const OPEN = 1;

/** WebSocket close reasons are limited to 123 bytes. */
const shortReason = (reason: string) => (Buffer.byteLength(reason) > 120 ? `${reason.slice(0, 100)}…` : reason);

function peerOf(ws: WSContext): Peer {
  return {
    send(frame) {
      if (ws.readyState === OPEN) ws.send(frame as Uint8Array<ArrayBuffer>);
    },
    close(code, reason) {
      ws.close(code, shortReason(reason));
    },
  };
}

/**
 * `GET /sync/:boardId?token=…`: the y-websocket endpoint. Before the upgrade: the Origin must be ours
 * (403), the token good for the board (401, whether the board exists or not), the board must exist
 * (404), so a mistyped link never creates an empty board. The transport forwards frames to the board's
 * room, which enforces the role per update; a flood closes the connection (1008).
 */
export function mountSyncRoute(
  app: Hono,
  upgradeWebSocket: NodeWebSocket['upgradeWebSocket'],
  { rooms, log, access, limits, allowedOrigins }: SyncRouteOptions,
) {
  app.get(
    '/sync/:boardId',
    async (c, next) => {
      const id = c.req.param('boardId');
      if (!isBoardId(id)) return apiError(c, 400, 'invalid_board_id', 'a board id is 1–64 letters, digits, "-" or "_"');
      if (!originAllowed(c, allowedOrigins))
        return apiError(c, 403, 'origin_refused', 'this page may not connect to the board (cross-origin)');
      if (!access.roleFor(id, requestToken(c))) return unauthorized(c);
      const room = await openOr404(c, rooms, id);
      if (room instanceof Response) return room;
      await next();
    },
    upgradeWebSocket(async (c) => {
      const boardId = c.req.param('boardId') ?? '';
      // Opened here, before the socket exists, so the first frames find the room ready (cached by the check above).
      const room = await rooms.open(boardId).catch(() => null);
      // Checked again here: the role is fixed for the connection; a revoked link stops at the next one.
      const role = access.roleFor(boardId, requestToken(c));
      const overLimit = connectionLimiter(limits);
      let peer: Peer | null = null;
      return {
        onOpen: (_event, ws) => {
          peer = peerOf(ws);
          if (!room || !role) {
            ws.close(CLOSE.boardDeleted, 'board not found');
            return;
          }
          rooms.keep(boardId);
          room.join(peer, role);
        },
        onMessage: (event, ws) => {
          if (!room || !peer) return;
          const size = event.data instanceof ArrayBuffer ? event.data.byteLength : String(event.data).length;
          const flood = overLimit(size);
          if (flood) {
            log.warn({ board: boardId, reason: flood }, 'closing a connection: flood');
            room.leave(peer);
            peer = null;
            ws.close(POLICY_VIOLATION, flood);
            return;
          }
          if (!(event.data instanceof ArrayBuffer)) {
            room.leave(peer);
            ws.close(UNSUPPORTED_DATA, 'text frames are not part of the protocol');
            return;
          }
          room.receive(peer, new Uint8Array(event.data));
        },
        onClose: () => {
          if (room && peer) room.leave(peer);
        },
        onError: (event) => {
          log.warn({ board: boardId, err: (event as Event & { error?: unknown }).error }, 'websocket error');
          if (room && peer) room.leave(peer);
        },
      };
    }),
  );
}
