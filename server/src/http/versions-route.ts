import { encodeNotes, isBoardId, readBoard } from '@balanza/model';
import type { Env, Hono } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Store } from '../store/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { openOr404 } from './api.ts';
import { apiError } from './errors.ts';
import { readJson } from './read-json.ts';

const newVersionSchema = z
  .object({
    name: z.string().trim().min(1, 'give the version a name').max(120, 'at most 120 characters'),
    /** The display name of who saves it, as the app knows its user. */
    author: z.string().trim().max(60, 'at most 60 characters').optional(),
  })
  .strict();

/**
 * `/api/boards/:id/versions` ([VERSION-2], [VERSION-3]): list (viewer), save a named version of the live
 * document (editor), and read one version as a board snapshot (viewer). The board id and the caller's
 * token are checked by the API's `/boards/:id/*` guards before these run; reads need a viewer, a POST an editor.
 */
export function mountVersionsRoute<E extends Env>(api: Hono<E>, { store, rooms }: { store: Store; rooms: Rooms }) {
  api.get('/boards/:id/versions', async (c) => {
    const id = c.req.param('id');
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    return c.json({ versions: await store.listVersions(id) });
  });

  api.post('/boards/:id/versions', async (c) => {
    const id = c.req.param('id');
    const body = await readJson(c);
    if (!body.ok)
      return apiError(c, body.status, body.status === 415 ? 'unsupported_media_type' : 'bad_request', body.message);
    const parsed = newVersionSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return apiError(c, 400, 'bad_request', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
    }
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    // Every update received before this request is in the version.
    await room.settled();
    const version = await rooms.versions.saveNamed(id, room.doc, parsed.data.name, parsed.data.author || null);
    return c.json({ version }, 201);
  });

  api.get('/boards/:id/versions/:versionId', async (c) => {
    const id = c.req.param('id');
    const versionId = c.req.param('versionId');
    if (!isBoardId(versionId))
      return apiError(c, 400, 'bad_request', 'a version id is 1–64 letters, digits, "-" or "_"');
    const stored = await store.loadVersion(id, versionId);
    if (!stored) return apiError(c, 404, 'not_found', `board "${id}" has no version "${versionId}"`);
    const { bytes, ...version } = stored;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, bytes);
      // Records as a snapshot; rich-text notes as an update of their own, as they need their structure.
      const notes = Buffer.from(encodeNotes(doc)).toString('base64');
      return c.json({ version, snapshot: readBoard(doc), notes });
    } finally {
      doc.destroy();
    }
  });
}
