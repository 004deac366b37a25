import { type Refusal, refusals } from '../auth/refusals.ts';
import type { Room } from './room.ts';
import { CorruptBoardError, type Rooms } from './rooms.ts';

/** A board's room, or why it cannot be opened: not there (404), or stored but unreadable (500). */
export async function openRoom(rooms: Rooms, id: string): Promise<{ room: Room } | { refusal: Refusal }> {
  try {
    const room = await rooms.open(id);
    return room ? { room } : { refusal: refusals.noBoard(id) };
  } catch (error) {
    if (error instanceof CorruptBoardError) return { refusal: refusals.unreadable(error.message) };
    throw error;
  }
}
