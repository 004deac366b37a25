import { isBoardId, type Role } from '@balanza/model';
import type { Access, Holder } from '../auth/access.ts';
import { originAllowed } from '../auth/origin.ts';
import { type Refusal, refusals } from '../auth/refusals.ts';
import { openRoom } from './open-room.ts';
import type { Room } from './room.ts';
import type { Rooms } from './rooms.ts';

/** What the checks before a sync connection read of the request. */
export interface SyncRequest {
  boardId: string;
  token: string | undefined;
  origin: string | undefined;
  host: string | undefined;
}

export interface SyncCheckOptions {
  rooms: Rooms;
  access: Access;
  /** Origins allowed besides the server's own (e.g. the Vite dev server). */
  allowedOrigins: readonly string[];
}

export type SyncVerdict = { ok: true; role: Role; holder: Holder; room: Room } | { ok: false; refusal: Refusal };

/**
 * May this request sync the board? The Origin must be ours (403), the token good for the board (401,
 * whether the board exists or not), the board must exist (404), so a mistyped link never creates an
 * empty board. The WebSocket upgrade and the plain HTTP GET of `/sync/:boardId` both ask this.
 */
export async function checkSyncRequest(
  { boardId, token, origin, host }: SyncRequest,
  { rooms, access, allowedOrigins }: SyncCheckOptions,
): Promise<SyncVerdict> {
  if (!isBoardId(boardId)) return { ok: false, refusal: refusals.invalidBoardId };
  if (!originAllowed(origin, host, allowedOrigins)) return { ok: false, refusal: refusals.originRefused };
  const holder = await access.holderOf(boardId, token);
  if (!holder) return { ok: false, refusal: refusals.unauthorized };
  const opened = await openRoom(rooms, boardId);
  if ('refusal' in opened) return { ok: false, refusal: opened.refusal };
  return { ok: true, role: holder.role, holder, room: opened.room };
}
