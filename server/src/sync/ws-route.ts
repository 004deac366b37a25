import { isBoardId } from '@balanza/model';
import type { NodeWebSocket } from '@hono/node-ws';
import type { Hono } from 'hono';
import type { WSContext } from 'hono/ws';
import { openOr404 } from '../http/api.ts';
import { apiError } from '../http/errors.ts';
import type { Logger } from '../log.ts';
import { CLOSE, type Peer } from './room.ts';
import type { Rooms } from './rooms.ts';

const UNSUPPORTED_DATA = 1003;

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
 * `GET /sync/:boardId`: the y-websocket endpoint. An unknown board is refused before the upgrade
 * (HTTP 404), so a mistyped link never creates an empty board. The transport only forwards frames
 * to the board's room; all protocol handling lives in `Room`.
 */
export function mountSyncRoute(
  app: Hono,
  upgradeWebSocket: NodeWebSocket['upgradeWebSocket'],
  rooms: Rooms,
  log: Logger,
) {
  app.get(
    '/sync/:boardId',
    async (c, next) => {
      const id = c.req.param('boardId');
      if (!isBoardId(id)) return apiError(c, 400, 'invalid_board_id', 'a board id is 1–64 letters, digits, "-" or "_"');
      const room = await openOr404(c, rooms, id);
      if (room instanceof Response) return room;
      await next();
    },
    upgradeWebSocket(async (c) => {
      const boardId = c.req.param('boardId') ?? '';
      // Opened here, before the socket exists, so the first frames find the room ready (cached by the check above).
      const room = await rooms.open(boardId).catch(() => null);
      let peer: Peer | null = null;
      return {
        onOpen: (_event, ws) => {
          peer = peerOf(ws);
          if (!room) {
            ws.close(CLOSE.boardDeleted, 'board not found');
            return;
          }
          rooms.keep(boardId);
          room.join(peer);
        },
        onMessage: (event, ws) => {
          if (!room || !peer) return;
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
