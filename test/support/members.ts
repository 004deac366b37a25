import type { Role } from '@balanza/model';
import type { TestClient } from './clients.ts';
import type { TestServer } from './server.ts';

/** Opens a stock client on a board, with `token` or else the facilitator's (`ServerSuite.connect`). */
export type Connect = (boardId: string, token?: string) => TestClient;

/**
 * A new board with two connected clients: its facilitator (the observer) and a member holding a `role`
 * share link. Both are opened with `connect`, so whoever gave it closes them; `room` is the server's own.
 */
export async function boardWithMember(server: TestServer, role: Exclude<Role, 'facilitator'>, connect: Connect) {
  const boardId = await server.createBoard();
  const { token } = await server.share(boardId, role);
  const facilitator = connect(boardId);
  const member = connect(boardId, token);
  await Promise.all([facilitator.synced, member.synced]);
  const room = await server.server.rooms.open(boardId);
  if (!room) throw new Error('no room');
  return { boardId, token, facilitator, member, room };
}
