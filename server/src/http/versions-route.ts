import {
  newVersionRequest,
  type savedVersionResponse,
  type versionResponse,
  type versionsResponse,
} from '@balanza/api';
import { encodeNotes, isBoardId, readBoard } from '@balanza/model';
import type { Env, Hono } from 'hono';
import * as Y from 'yjs';
import type { z } from 'zod';
import type { Store, StoredVersion } from '../store/store.ts';
import type { Rooms } from '../sync/rooms.ts';
import { apiError } from './errors.ts';
import { openOr404 } from './open-board.ts';
import { readBody } from './read-json.ts';

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
    return c.json({ versions: await store.listVersions(id) } satisfies z.input<typeof versionsResponse>);
  });

  api.post('/boards/:id/versions', async (c) => {
    const id = c.req.param('id');
    const body = await readBody(c, newVersionRequest);
    if (!body.ok) return body.answer;
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    // Every update received before this request is in the version.
    await room.settled();
    const version = await rooms.versions.saveNamed(id, room.doc, body.value.name, body.value.author || null);
    return c.json({ version } satisfies z.input<typeof savedVersionResponse>, 201);
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
      const editedBy = await editorsSincePrevious(store, id, stored);
      return c.json({ version, snapshot: readBoard(doc), notes, editedBy } satisfies z.input<typeof versionResponse>);
    } finally {
      doc.destroy();
    }
  });
}

/**
 * The members whose client ids wrote between the version saved before `version` and `version` itself: the
 * clients whose clock grew from one state vector to the other, through the board's client bindings ([MEMBER-4]).
 */
async function editorsSincePrevious(store: Store, boardId: string, version: StoredVersion): Promise<string[]> {
  const list = await store.listVersions(boardId);
  const older = list[list.findIndex((info) => info.id === version.id) + 1];
  const before = older ? await store.loadVersion(boardId, older.id) : null;
  const previous = before
    ? Y.decodeStateVector(Y.encodeStateVectorFromUpdate(before.bytes))
    : new Map<number, number>();
  const now = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(version.bytes));
  const members = await store.clientMembers(boardId);
  const editors = new Set<string>();
  for (const [client, clock] of now) {
    const member = members.get(client);
    if (member && clock > (previous.get(client) ?? 0)) editors.add(member);
  }
  return [...editors];
}
