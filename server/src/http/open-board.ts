import type { Context } from 'hono';
import { openRoom } from '../sync/open-room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { refuse } from './errors.ts';

/** Opens a board's room for a route, or answers 404 (unknown board) or 500 (a stored board that cannot be read). */
export async function openOr404(c: Context, rooms: Rooms, id: string) {
  const opened = await openRoom(rooms, id);
  return 'room' in opened ? opened.room : refuse(c, opened.refusal);
}
