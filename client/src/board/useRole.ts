import { abilitiesOf, type RoleAbilities, type WriteContext } from '@balanza/model';
import { useMemo, useSyncExternalStore } from 'react';
import { boardRole } from '../api/boards.ts';
import { serverRoles } from '../sync/serverRoles.ts';

/** What this user may do on a board right now: the model's abilities of their role under the board lock. */
export type BoardAbilities = RoleAbilities & WriteContext;

/**
 * This browser's abilities on a board, from the role the server last gave it ([MEMBER-6]: asked again on every
 * connection, so a role the facilitator changed shows as soon as the page reconnects); before the server
 * has ever answered, from the share-link token it holds; editor without either. With the facilitator's lock
 * applied ([FACIL-4]). For the board page, which hands them to everything inside it (`BoardProvider`):
 * components there use `useAbilities`.
 */
export function useRole(boardId: string, locked: boolean): BoardAbilities {
  const reported = useSyncExternalStore(serverRoles.subscribe, () => serverRoles.get().get(boardId));
  // Read (and a share link's token adopted) once per board, not on every render of the board page.
  const fromToken = useMemo(() => boardRole(boardId), [boardId]);
  const role = reported ?? fromToken ?? 'editor';
  return useMemo(() => ({ ...abilitiesOf(role, { locked }), locked }), [role, locked]);
}
