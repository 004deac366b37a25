import { ROLES, type Role } from '@balanza/model';
import { valueStore } from './valueStore.ts';

/** Where the last role the server gave on each board is kept, so a page opened offline shows it too. */
const STORAGE_KEY = 'balanza.roles';

function readKept(): Map<string, Role> {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (!value || typeof value !== 'object') return new Map();
    return new Map(
      Object.entries(value).filter((entry): entry is [string, Role] =>
        (ROLES as readonly unknown[]).includes(entry[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/**
 * This browser's role on each board as the server last said it ([MEMBER-6]): the server's word, not the token's
 * (a token keeps the role it was made with; the facilitator may have changed the member's role since). Kept in
 * localStorage, so a page opened offline shows the role last known.
 */
export const serverRoles = valueStore<ReadonlyMap<string, Role>>(
  typeof window === 'undefined' ? new Map() : readKept(),
);

export function rememberServerRole(boardId: string, role: Role): void {
  if (serverRoles.get().get(boardId) === role) return;
  const next = new Map([...serverRoles.get(), [boardId, role]]);
  serverRoles.set(next);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(next)));
  } catch {
    // Storage full or refused: the role still holds for this page.
  }
}
