import { BOARD_MUTATIONS, type BoardMutation, ModelError } from '@balanza/model';
import type * as Y from 'yjs';

type Mutations = typeof BOARD_MUTATIONS;
type Bound<M> =
  M extends BoardMutation<(doc: Y.Doc, ...args: infer A) => infer R> ? (...args: A) => R | undefined : never;
export type BoardActions = { [Name in keyof Mutations]: Bound<Mutations[Name]> };

/**
 * The board's named mutations (every one of `BOARD_MUTATIONS`) bound to one document, so components call
 * `actions.updateGoal(id, patch)` and never see the Y.Doc. A `ModelError` (bad input, a record a peer just
 * deleted) is reported to `onError` for the UI to show, and the action returns `undefined`; other errors
 * are bugs and propagate.
 */
export function createBoardActions(doc: Y.Doc, onError: (error: Error) => void): BoardActions {
  const bound: Record<string, unknown> = {};
  for (const [name, mutation] of Object.entries(BOARD_MUTATIONS)) {
    const run = mutation.run as (doc: Y.Doc, ...args: unknown[]) => unknown;
    bound[name] = (...args: unknown[]) => {
      try {
        return run(doc, ...args);
      } catch (error) {
        if (error instanceof ModelError) {
          onError(error);
          return undefined;
        }
        throw error;
      }
    };
  }
  return bound as BoardActions;
}
