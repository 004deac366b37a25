import {
  type boardListResponse,
  type boardResponse,
  type createdBoardResponse,
  type healthResponse,
  newBoardRequest,
  type readyResponse,
} from '@balanza/api';
import { isBoardId, ModelError, readBoard } from '@balanza/model';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import { refusals } from '../auth/refusals.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { DraftRooms } from '../sync/draft-rooms.ts';
import type { Rooms } from '../sync/rooms.ts';
import { type AuthEnv, boardAccess, listTokens, requireRole } from './auth.ts';
import { apiError, refuse } from './errors.ts';
import { mountExportRoutes, mountImportRoute } from './export-routes.ts';
import { mountMemberRoutes } from './member-routes.ts';
import { mountMetricsRoute } from './metrics-route.ts';
import { mountNextYearRoute } from './next-year-route.ts';
import { openOr404 } from './open-board.ts';
import { mountPrivateCardsRoutes } from './private-cards-route.ts';
import { readBody } from './read-json.ts';
import { mountRestoreThreadsRoute } from './restore-threads-route.ts';
import { createShareRoutes } from './share-routes.ts';
import { mountVersionsRoute } from './versions-route.ts';

type BoardList = z.input<typeof boardListResponse>;

export interface ApiOptions {
  store: Store;
  rooms: Rooms;
  /** The members' private documents ([MEMBER-5]). */
  drafts: DraftRooms;
  log: Logger;
  access: Access;
  maxBodyBytes: number;
  /** Set when boards are shared with other instances: is the link to them up? */
  fanout?: { readonly ready: boolean };
}

/** How long `/api/ready` waits for the store before it calls it unreachable. */
const READY_TIMEOUT_MS = 2000;

/** The JSON API under /api. Every input is validated; every error is `{ error: { code, message } }`. */
export function createApi({ store, rooms, drafts, log, access, maxBodyBytes, fanout }: ApiOptions): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  // Before the API's body limit and the board guards: an import is larger than other bodies, and no board yet.
  mountImportRoute(api, { rooms, access, log });

  api.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => apiError(c, 413, 'payload_too_large', `the body is larger than ${maxBodyBytes} bytes`),
    }),
  );

  // Everything under a board (this file's routes and any mounted later) needs a token good for it.
  for (const path of ['/boards/:id', '/boards/:id/*']) {
    api.use(path, async (c, next) => {
      const id = c.req.param('id') ?? '';
      if (!isBoardId(id)) return refuse(c, refusals.invalidBoardId);
      await next();
    });
    api.use(path, boardAccess(access));
  }
  api.route('/boards/:id/links', createShareRoutes(access));
  mountMemberRoutes(api, access, rooms);
  mountMetricsRoute(api, rooms);
  mountVersionsRoute(api, { store, rooms });
  mountRestoreThreadsRoute(api, { store, rooms });
  mountNextYearRoute(api, { rooms, access, log });
  mountExportRoutes(api, rooms);
  mountPrivateCardsRoutes(api, { rooms, drafts });

  api.get('/health', (c) => c.json({ ok: true } satisfies z.input<typeof healthResponse>));

  api.get('/ready', async (c) => {
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('no answer')), READY_TIMEOUT_MS).unref();
    });
    const storeState = await Promise.race([store.ping(), timeout]).then(
      () => 'ok' as const,
      () => 'unreachable' as const,
    );
    const redis = fanout ? (fanout.ready ? ('ok' as const) : ('unreachable' as const)) : ('off' as const);
    const ok = storeState === 'ok' && redis !== 'unreachable';
    return c.json({ ok, store: storeState, redis } satisfies z.input<typeof readyResponse>, ok ? 200 : 503);
  });

  // Only the boards this browser holds a token for (sent in X-Board-Tokens), and the public demo.
  api.get('/boards', async (c) => {
    const visible = await access.visibleBoards(listTokens(c));
    if (visible.size === 0) return c.json({ boards: [] } satisfies BoardList);
    const boards = (await store.list()).filter((board) => visible.has(board.id));
    return c.json({ boards: boards.map((board) => ({ ...board, role: visible.get(board.id) })) } satisfies BoardList);
  });

  api.post('/boards', async (c) => {
    const body = await readBody(c, newBoardRequest);
    if (!body.ok) return body.answer;
    try {
      const created = await rooms.create(body.value);
      // The creator is the board's facilitator: this token is the only way in, so it is returned once here.
      const { token } = await access.createLink(created.id, 'facilitator');
      return c.json({ ...created, token } satisfies z.input<typeof createdBoardResponse>, 201);
    } catch (error) {
      if (error instanceof ModelError) return apiError(c, 400, 'bad_request', error.message);
      throw error;
    }
  });

  api.get('/boards/:id', async (c) => {
    const id = c.req.param('id');
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    // The caller's role, so a page opened without a token (the local demo) knows what it may do.
    return c.json({ id, snapshot: readBoard(room.doc), role: c.get('role') } satisfies z.input<typeof boardResponse>);
  });

  api.delete('/boards/:id', requireRole('facilitator'), async (c) => {
    await drafts.deleteBoard(c.req.param('id'));
    const deleted = await rooms.delete(c.req.param('id'));
    await access.forgetBoard(c.req.param('id'));
    if (!deleted) return refuse(c, refusals.noBoard(c.req.param('id')));
    log.info({ board: c.req.param('id') }, 'board deleted');
    return c.body(null, 204);
  });

  api.all('*', (c) => apiError(c, 404, 'not_found', `no API route ${c.req.method} ${c.req.path}`));

  return api;
}
