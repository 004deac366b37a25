import { BOARD_MUTATIONS, type BoardMutationName, refusalOfRoots, type WriteRefusal } from '@balanza/model';
import type { BoardActions } from '../sync/actions.ts';
import type { BoardAbilities } from './useRole.ts';

/** Why `abilities` may not run the action `name`, or null when it may: the model's rule on the roots it writes. */
export const refusalOf = (name: BoardMutationName, abilities: BoardAbilities): WriteRefusal | null =>
  refusalOfRoots(abilities.role, BOARD_MUTATIONS[name].writes, abilities);

/**
 * The board's actions as this user may run them ([AUTH-10]). The server drops a forbidden update anyway;
 * refusing it here too keeps the local copy from showing a change that will never be saved, and says why.
 */
export function guardActions(
  actions: BoardActions,
  abilities: BoardAbilities,
  onRefused: (refusal: WriteRefusal) => void,
): BoardActions {
  const guarded: Record<string, unknown> = {};
  for (const [name, action] of Object.entries(actions)) {
    const refusal = refusalOf(name as BoardMutationName, abilities);
    guarded[name] = refusal
      ? () => {
          onRefused(refusal);
          return undefined;
        }
      : action;
  }
  return guarded as BoardActions;
}
