import type { Role } from '@balanza/model';
import { connectClient, type TestClient } from './clients.ts';
import type { TestServer } from './server.ts';

/**
 * A new board with two connected clients: its facilitator (the observer) and a member holding a `role`
 * share link. Both are added to `clients`, for the suite to close; `room` is the server's own.
 */
export async function boardWithMember(server: TestServer, role: Exclude<Role, 'facilitator'>, clients: TestClient[]) {
  const boardId = await server.createBoard();
  const { token } = await server.share(boardId, role);
  const facilitator = connectClient(server.syncUrl, boardId);
  const member = connectClient(server.syncUrl, boardId, undefined, token);
  clients.push(facilitator, member);
  await Promise.all([facilitator.synced, member.synced]);
  const room = await server.server.rooms.open(boardId);
  if (!room) throw new Error('no room');
  return { boardId, token, facilitator, member, room };
}
