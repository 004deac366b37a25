import type { Role } from '@balanza/model';
import { valueStore } from './valueStore.ts';

/**
 * The role the server last reported for boards this page opened, for boards opened without a token
 * (a public board, like the local demo). Kept in memory: the server says it again on every open.
 */
export const serverRoles = valueStore<ReadonlyMap<string, Role>>(new Map());

export function rememberServerRole(boardId: string, role: Role): void {
  if (serverRoles.get().get(boardId) === role) return;
  serverRoles.set(new Map([...serverRoles.get(), [boardId, role]]));
}
