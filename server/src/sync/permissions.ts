import { isBoardLocked, ROOT } from '@balanza/model';
import type * as Y from 'yjs';
import type { Role } from '../auth/tokens.ts';
import { COLLECTED, type DecodedUpdate, rootsTouched } from './update-roots.ts';

export type UpdateVerdict = { ok: true } | { ok: false; reason: string };

/**
 * May a peer with `role` apply this update? Viewers never write; commenters write only comment threads;
 * editors write everything but the facilitation state (`session`: phase, timer, locks), and only comments
 * while the board is locked; a facilitator writes everything. The check is all-or-nothing: an update
 * touching one forbidden root is dropped whole.
 */
export function checkUpdate(role: Role, doc: Y.Doc, update: () => DecodedUpdate): UpdateVerdict {
  if (role === 'facilitator') return { ok: true };
  if (role === 'viewer') return { ok: false, reason: 'a viewer cannot change the board' };
  const roots = rootsTouched(doc, update());
  if (!roots) return { ok: false, reason: 'the update depends on changes the server does not have' };
  // Read once, before the update is applied: the lock in force is the one the server holds now ([FACIL-5]).
  const locked = role === 'editor' && isBoardLocked(doc);
  for (const root of roots) {
    if (root === COLLECTED) continue;
    if (role === 'commenter' && root !== ROOT.comments)
      return { ok: false, reason: `a commenter can only write comments (not "${root}")` };
    if (role === 'editor' && root === ROOT.session)
      return { ok: false, reason: 'only the facilitator can change the session (phase, timer, locks)' };
    if (locked && root !== ROOT.comments)
      return { ok: false, reason: `the facilitator has locked the board: only comments can change (not "${root}")` };
  }
  return { ok: true };
}
