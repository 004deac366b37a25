import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import { boardRole, type Role } from '../api/boards.ts';
import { serverRoles } from './serverRoles.ts';

/** What this user may do on a board; every view asks here rather than reading tokens itself. */
export interface RoleAbilities {
  role: Role;
  canEdit: boolean;
  canComment: boolean;
  isFacilitator: boolean;
}

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, facilitator: 3 };

export function abilitiesOf(role: Role): RoleAbilities {
  return {
    role,
    canEdit: RANK[role] >= RANK.editor,
    canComment: RANK[role] >= RANK.commenter,
    isFacilitator: role === 'facilitator',
  };
}

/**
 * This browser's abilities on a board, from the share-link token it holds; without a token the board was
 * opened as a public one (the local demo): the role the server reported, editor until it answers. For the
 * board page, which hands them (with the facilitator's lock) to everything inside it through
 * `AbilitiesContext`: components there use `useAbilities`.
 */
export function useRole(boardId: string): RoleAbilities {
  const reported = useSyncExternalStore(serverRoles.subscribe, () => serverRoles.get().get(boardId));
  // Read (and a share link's token adopted) once per board, not on every render of the board page.
  const fromToken = useMemo(() => boardRole(boardId), [boardId]);
  const role = fromToken ?? reported ?? 'editor';
  return useMemo(() => abilitiesOf(role), [role]);
}

/**
 * The abilities of the board on screen, for controls deep in a section (cells, pickers) that do not
 * know the board id. Outside a board everything is editable.
 */
export const AbilitiesContext = createContext<RoleAbilities>(abilitiesOf('editor'));
export const useAbilities = (): RoleAbilities => useContext(AbilitiesContext);
