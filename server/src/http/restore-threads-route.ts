import { restoreThreadsRequest, type restoreThreadsResponse } from '@balanza/api';
import { type CommentThread, isBoardId, readBoard, restoreThreads, type ThreadsComparison } from '@balanza/model';
import type { Hono } from 'hono';
import * as Y from 'yjs';
import type { z } from 'zod';
import type { Store } from '../store/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError } from './errors.ts';
import { openOr404 } from './open-board.ts';
import { readBody } from './read-json.ts';

/** The name of the version saved before a restore when the page gives none. */
const BEFORE_RESTORE = 'Before restoring comment threads';

function threadsOf(bytes: Uint8Array): CommentThread[] {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
    return readBoard(doc).comments;
  } finally {
    doc.destroy();
  }
}

/**
 * `POST /api/boards/:id/versions/:versionId/restore-threads` (facilitator, [VERSION-9]): writes the version's
 * comment threads back on the server, as one edit stored and relayed like any update — every member's
 * messages as they were, which no member's client may write ([MEMBER-2]). A named version of the board as it
 * was just before is saved first, so the restore can be taken back from the Versions panel.
 */
export function mountRestoreThreadsRoute(api: Hono<AuthEnv>, { store, rooms }: { store: Store; rooms: Rooms }) {
  api.post('/boards/:id/versions/:versionId/restore-threads', requireRole('facilitator'), async (c) => {
    const id = c.req.param('id');
    const versionId = c.req.param('versionId');
    if (!isBoardId(versionId))
      return apiError(c, 400, 'bad_request', 'a version id is 1–64 letters, digits, "-" or "_"');
    const body = await readBody(c, restoreThreadsRequest);
    if (!body.ok) return body.answer;
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    const stored = await store.loadVersion(id, versionId);
    if (!stored) return apiError(c, 404, 'not_found', `board "${id}" has no version "${versionId}"`);
    const version = threadsOf(stored.bytes);
    const only = body.value.threads && new Set(body.value.threads);
    const unknown = body.value.threads?.find((threadId) => !version.some((thread) => thread.id === threadId));
    if (unknown) return apiError(c, 400, 'bad_request', `threads: the version has no comment thread "${unknown}"`);

    const { link } = c.get('holder');
    const member = link?.name != null ? link : null;
    await room.settled();
    const before = await rooms.versions.saveNamed(
      id,
      room.doc,
      body.value.before ?? BEFORE_RESTORE,
      member?.name ?? null,
    );
    let done: ThreadsComparison = { changed: [], deleted: [], added: [] };
    await room.serverEdit((doc) => {
      done = restoreThreads(doc, version, readBoard(doc).comments, only);
    }, member?.id ?? null);
    const ids = (differences: ThreadsComparison['changed']) => differences.map((difference) => difference.id);
    return c.json({
      changed: ids(done.changed),
      deleted: ids(done.deleted),
      before,
    } satisfies z.input<typeof restoreThreadsResponse>);
  });
}
