import { ROOT, type RootKey } from './keys.ts';

/** What a share link lets its holder do, weakest first; each role has the rights of the ones before ([AUTH-1]). */
export const ROLES = ['viewer', 'commenter', 'editor', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` has at least the rights of `needed`. */
export const atLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** The one-letter code of a role inside a share-link token (`boardId.linkId.code.signature`, [AUTH-2]). */
export const ROLE_CODE: Record<Role, string> = { viewer: 'v', commenter: 'c', editor: 'e', facilitator: 'f' };
const ROLE_OF_CODE = new Map(Object.entries(ROLE_CODE).map(([role, code]) => [code, role as Role]));
export const roleOfCode = (code: string): Role | undefined => ROLE_OF_CODE.get(code);

/** Why a write is refused: the role only reads, only comments, is not the facilitator, or the board is locked. */
export type WriteRefusal = 'view-only' | 'comment-only' | 'facilitator-only' | 'locked';

export interface WriteContext {
  /** The facilitator's board lock (`session.locked`) as the writer knows it ([FACIL-5]). */
  locked: boolean;
}

/**
 * THE rule of who may write what: why `role` may not write the document root `root`, or null when it
 * may. Viewers never write ([AUTH-4]); commenters write only comment threads ([AUTH-5]); only the
 * facilitator writes `session` ([AUTH-6]); a root the model does not know counts as content; while the board is locked, everyone but the facilitator writes
 * only comments ([FACIL-5]). The server checks every root an update touches with it, the client every
 * root a named mutation declares ([AUTH-10]).
 */
export function writeRefusal(role: Role, root: RootKey | string, { locked }: WriteContext): WriteRefusal | null {
  if (role === 'facilitator') return null;
  if (role === 'viewer') return 'view-only';
  if (root === ROOT.session) return 'facilitator-only';
  if (root === ROOT.comments) return null;
  if (role === 'commenter') return 'comment-only';
  return locked ? 'locked' : null;
}

export const mayWrite = (role: Role, root: RootKey | string, context: WriteContext): boolean =>
  writeRefusal(role, root, context) === null;

/**
 * Whether `role` may add, edit or move cards in a measures column: who may write measures at all, and
 * while the facilitator has locked that column (`session.lockedColumns`), only the facilitator ([MEASURE-7]).
 */
export const mayChangeMeasureColumn = (
  role: Role,
  column: string,
  context: WriteContext & { lockedColumns: readonly string[] },
): boolean =>
  mayWrite(role, ROOT.measures, context) && (role === 'facilitator' || !context.lockedColumns.includes(column));

/** The first refusal among `roots`, or null when `role` may write them all (a write is all or nothing). */
export function refusalOfRoots(role: Role, roots: readonly RootKey[], context: WriteContext): WriteRefusal | null {
  for (const root of roots) {
    const refusal = writeRefusal(role, root, context);
    if (refusal) return refusal;
  }
  return null;
}

/** The server's words for a refusal (logged, and sent to the refused peer). */
export function refusalReason(refusal: WriteRefusal, root = ''): string {
  switch (refusal) {
    case 'view-only':
      return 'a viewer cannot change the board';
    case 'comment-only':
      return `a commenter can only write comments (not "${root}")`;
    case 'facilitator-only':
      return 'only the facilitator can change the session (phase, timer, locks)';
    case 'locked':
      return `the facilitator has locked the board: only comments can change (not "${root}")`;
  }
}

/** What a role may do on a board, for the UI: edit its content, comment, run the session. */
export interface RoleAbilities {
  role: Role;
  canEdit: boolean;
  canComment: boolean;
  isFacilitator: boolean;
}

/** The abilities the rule above gives `role` (content roots all share one rule; `meta` stands for them). */
export const abilitiesOf = (role: Role, context: WriteContext = { locked: false }): RoleAbilities => ({
  role,
  canEdit: mayWrite(role, ROOT.meta, context),
  canComment: mayWrite(role, ROOT.comments, context),
  isFacilitator: mayWrite(role, ROOT.session, context),
});
