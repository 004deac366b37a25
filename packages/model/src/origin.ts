/**
 * The origin every transaction made by a named mutation carries. A class (not a plain object) so a
 * `Y.UndoManager` can track "my changes" by constructor, and bridges can skip their own echoes.
 *
 * @example doc.transact(() => ..., new MutationOrigin('updateGoal'))
 */
export class MutationOrigin {
  readonly source = 'mutation' as const;
  constructor(
    /** The named mutation that made the change, e.g. `updateGoal`. */
    readonly mutation: string,
  ) {}
}

/** Origin of changes the template writes when a board is created. */
export const TEMPLATE_ORIGIN = new MutationOrigin('createBoard');

export const isMutationOrigin = (origin: unknown): origin is MutationOrigin => origin instanceof MutationOrigin;
