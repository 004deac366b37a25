import type { SessionState } from '@balanza/model';
import type { RoleAbilities } from '../share/useRole.ts';

/**
 * What this user may do right now, with the facilitator's board lock applied ([FACIL-5]): while the
 * board is locked, everyone but the facilitator keeps commenting but cannot edit. The server enforces
 * the same (server/src/sync/permissions.ts); refusing here keeps a client from writing what the server
 * would drop.
 *
 * @example const abilities = withBoardLock(useRole(boardId), snapshot.session);
 */
export function withBoardLock(
  abilities: RoleAbilities,
  session: Pick<SessionState, 'locked'> | null | undefined,
): RoleAbilities {
  if (!session?.locked || abilities.isFacilitator) return abilities;
  return { ...abilities, canEdit: false };
}
