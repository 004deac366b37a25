import type { BoardActions } from '../sync/actions.ts';
import type { RoleAbilities } from './useRole.ts';

/** Actions a commenter may take: they write comment threads only, as the server enforces ([AUTH-4]). */
const COMMENT_ACTIONS = new Set<string>(['addThread', 'addReply', 'editMessage', 'deleteMessage', 'setThreadResolved']);
/** Actions only the facilitator may take ([AUTH-5]). */
const FACILITATOR_ACTIONS = new Set<string>(['updateSession']);

export type Refusal = 'view-only' | 'comment-only' | 'facilitator-only';

/** Why `abilities` may not run the action `name`, or null when it may. */
export function refusalOf(name: string, abilities: RoleAbilities): Refusal | null {
  if (FACILITATOR_ACTIONS.has(name)) return abilities.isFacilitator ? null : 'facilitator-only';
  if (COMMENT_ACTIONS.has(name)) return abilities.canComment ? null : 'view-only';
  if (abilities.canEdit) return null;
  return abilities.canComment ? 'comment-only' : 'view-only';
}

/**
 * The board's actions as this user may run them. The server drops a forbidden update anyway; refusing
 * it here too keeps the local copy from showing a change that will never be saved, and says why.
 */
export function guardActions(
  actions: BoardActions,
  abilities: RoleAbilities,
  onRefused: (refusal: Refusal) => void,
): BoardActions {
  if (abilities.isFacilitator) return actions;
  const guarded: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(actions)) {
    const refusal = refusalOf(name, abilities);
    guarded[name] = refusal
      ? () => {
          onRefused(refusal);
          return undefined;
        }
      : action;
  }
  return guarded as BoardActions;
}
