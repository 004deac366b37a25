import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Holder } from '../auth/access.ts';
import { tokenOf } from '../auth/request-token.ts';
import type { Logger } from '../log.ts';
import type { DraftRooms } from './draft-rooms.ts';
import { connectionLimiter, type RateLimits } from './rate-limit.ts';
import { CLOSE, type Peer, type Room } from './room.ts';
import type { Rooms } from './rooms.ts';
import { checkSyncRequest, type SyncCheckOptions } from './upgrade-check.ts';

const UNSUPPORTED_DATA = 1003;
const POLICY_VIOLATION = 1008;
const OPEN = 1;

export interface SyncRouteOptions extends SyncCheckOptions {
  log: Logger;
  limits: RateLimits;
  /** The members' private documents (`/sync/:boardId/drafts`, [MEMBER-5]). */
  drafts: DraftRooms;
}

/** A connection to `/sync/:boardId/drafts` that belongs to no member: refused once the socket is open. */
export const NO_MEMBER_REASON = 'private writing needs a member of this board: join it, or open your own invitation';

/** WebSocket close reasons are limited to 123 bytes. */
const shortReason = (reason: string) => (Buffer.byteLength(reason) > 120 ? `${reason.slice(0, 100)}…` : reason);

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Takes the server's WebSocket upgrades for `/sync/:boardId?token=…`: runs the sync checks
 * (`checkSyncRequest`), answers a refusal with its status and JSON error, and hands an accepted socket
 * straight to the board's room. Plain `ws` sockets, nothing of the request kept: an idle connection
 * holds little more than the socket itself.
 */
export function attachSyncUpgrades(server: Server, wss: WebSocketServer, options: SyncRouteOptions) {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/sync\/([^/]+)(\/drafts)?$/.exec(url.pathname);
    if (!match) return refuse(socket, 404, '');
    const boardId = safeDecode(match[1] ?? '');
    const drafts = match[2] !== undefined;
    const syncRequest = {
      boardId,
      token: tokenOf(header(request, 'authorization'), url.searchParams.get('token')),
      origin: header(request, 'origin'),
      host: header(request, 'host'),
    };
    void checkSyncRequest(syncRequest, options).then(
      (verdict) => {
        if (!verdict.ok) {
          const { status, code, message } = verdict.refusal;
          return refuse(socket, status, JSON.stringify({ error: { code, message } }));
        }
        wss.handleUpgrade(request, socket, head, (ws) =>
          connect(ws, boardId, verdict.holder, options, drafts ? draftsTarget(options, boardId, verdict.holder) : null),
        );
      },
      (error: unknown) => {
        options.log.error({ err: error }, 'websocket upgrade failed');
        refuse(socket, 500, '');
      },
    );
  });
}

/** A path segment as text; a malformed escape stays as sent (the board id check then refuses it). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
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

/** Which room a connection joins, when it is not its board's: a member's private document ([MEMBER-5]). */
interface RoomTarget {
  open(): Promise<Room | null>;
  keep(): void;
  /** Why a frame closes the connection before it reaches the room (a private document's limits), or null. */
  admit(room: Room, frame: Uint8Array): { code: number; reason: string } | null;
}

/**
 * The private document of the member the token names — never one the client names. Null when the token
 * names no member (a role link nobody joined, a public board): that connection is refused.
 */
function draftsTarget({ drafts }: SyncRouteOptions, boardId: string, holder: Holder): RoomTarget | 'no-member' {
  const memberId = holder.link?.name != null ? holder.link.id : null;
  if (memberId === null) return 'no-member';
  return {
    open: () => drafts.open(boardId, memberId),
    keep: () => drafts.keep(boardId, memberId),
    admit: (room, frame) => drafts.admit(room, frame),
  };
}

/** One accepted socket: frames go to the room (which checks the role per update); floods close it (1008). */
function connect(
  ws: WebSocket,
  boardId: string,
  holder: Holder,
  { rooms, access, log, limits }: SyncRouteOptions,
  target: RoomTarget | 'no-member' | null,
): void {
  if (target === 'no-member') {
    ws.close(CLOSE.revoked, NO_MEMBER_REASON);
    return;
  }
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
    const bytes = new Uint8Array(frame.buffer, frame.byteOffset, frame.byteLength);
    const refusal = target?.admit(room, bytes);
    if (refusal) {
      log.info({ board: boardId, reason: refusal.reason }, 'closing a connection: private document refused');
      room.leave(peer);
      ws.close(refusal.code, shortReason(refusal.reason));
      return;
    }
    room.receive(peer, bytes);
  };
  ws.on('message', onMessage);
  // A frame over maxPayload: ws closes this socket with 1009 and reports it here; nothing else is touched.
  ws.on('error', (error) => {
    log.warn({ board: boardId, err: error }, 'websocket error');
    joined?.leave(peer);
  });
  ws.on('close', () => joined?.leave(peer));

  (target ? target.open() : rooms.open(boardId)).then(
    (room) => {
      if (ws.readyState !== OPEN) return;
      if (!room) return ws.close(CLOSE.boardDeleted, 'board not found');
      if (target) target.keep();
      else rooms.keep(boardId);
      const link = holder.link;
      room.join(peer, holder.role, { linkId: link?.id ?? null, memberId: link?.name != null ? link.id : null });
      if (link) access.seen(link.id);
      joined = room;
      for (const [frame, isBinary] of early.splice(0)) onMessage(frame, isBinary);
    },
    () => ws.close(CLOSE.boardDeleted, 'board not found'),
  );
}
