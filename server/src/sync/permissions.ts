import { authorshipRefusal, isBoardLocked, ROOT, type Role, refusalReason, writeRefusal } from '@balanza/model';
import type * as Y from 'yjs';
import { updatePaths } from './update-paths.ts';
import { COLLECTED, type DecodedUpdate, rootsTouched } from './update-roots.ts';

export type UpdateVerdict = { ok: true } | { ok: false; reason: string };

/**
 * May a peer with `role` apply this update? Every root it touches is checked with the model's one rule
 * (`writeRefusal`, [AUTH-4]–[AUTH-6], [FACIL-5]). The check is all-or-nothing: an update touching one
 * forbidden root is dropped whole.
 */
export function checkUpdate(
  role: Role,
  doc: Y.Doc,
  update: () => DecodedUpdate,
  /** The member the connection belongs to: then the fields naming a member must name them ([MEMBER-2]). */
  memberId: string | null = null,
): UpdateVerdict {
  const verdict = checkRoots(role, doc, update);
  if (!verdict.ok || memberId === null) return verdict;
  const paths = updatePaths(doc, update());
  if (!paths) return { ok: false, reason: 'the update depends on changes the server does not have' };
  const refusal = authorshipRefusal(doc, memberId, paths.writes, paths.deletions);
  return refusal ? { ok: false, reason: refusal } : { ok: true };
}

function checkRoots(role: Role, doc: Y.Doc, update: () => DecodedUpdate): UpdateVerdict {
  // Read once, before the update is applied: the lock in force is the one the server holds now ([FACIL-5]).
  const context = { locked: isBoardLocked(doc) };
  // The session is the most guarded root and comments the least: when the rule gives both the same
  // answer it gives every root that answer, and the update need not be decoded (the agreement test
  // of every mutation × role holds this to the rule).
  const strictest = writeRefusal(role, ROOT.session, context);
  const loosest = writeRefusal(role, ROOT.comments, context);
  if (strictest === null) return { ok: true };
  if (loosest !== null) return { ok: false, reason: refusalReason(loosest) };
  const roots = rootsTouched(doc, update());
  if (!roots) return { ok: false, reason: 'the update depends on changes the server does not have' };
  for (const root of roots) {
    if (root === COLLECTED) continue;
    const refusal = writeRefusal(role, root, context);
    if (refusal) return { ok: false, reason: refusalReason(refusal, root) };
  }
  return { ok: true };
}
