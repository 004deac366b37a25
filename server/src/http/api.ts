import { isBoardId, ModelError, newBoardSchema, readBoard } from '@balanza/model';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { CorruptBoardError, type Rooms } from '../sync/rooms.ts';
import { apiError } from './errors.ts';

export interface ApiOptions {
  store: Store;
  rooms: Rooms;
  log: Logger;
  maxBodyBytes: number;
}

/** The JSON API under /api. Every input is validated; every error is `{ error: { code, message } }`. */
export function createApi({ store, rooms, log, maxBodyBytes }: ApiOptions): Hono {
  const api = new Hono();

  api.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => apiError(c, 413, 'payload_too_large', `the body is larger than ${maxBodyBytes} bytes`),
    }),
  );

  api.use('/boards/:id', async (c, next) => {
    const id = c.req.param('id');
    if (!isBoardId(id)) {
      return apiError(c, 400, 'invalid_board_id', 'a board id is 1–64 letters, digits, "-" or "_"');
    }
    await next();
  });

  api.get('/health', (c) => c.json({ ok: true }));

  api.get('/boards', async (c) => c.json({ boards: await store.list() }));

  api.post('/boards', async (c) => {
    const body = await readJson(c);
    if (!body.ok)
      return apiError(c, body.status, body.status === 415 ? 'unsupported_media_type' : 'bad_request', body.message);
    const parsed = newBoardSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'body';
      return apiError(c, 400, 'bad_request', `${field}: ${issue?.message ?? 'invalid'}`);
    }
    try {
      const created = await rooms.create(parsed.data);
      return c.json(created, 201);
    } catch (error) {
      if (error instanceof ModelError) return apiError(c, 400, 'bad_request', error.message);
      throw error;
    }
  });

  api.get('/boards/:id', async (c) => {
    const id = c.req.param('id');
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    return c.json({ id, snapshot: readBoard(room.doc) });
  });

  api.delete('/boards/:id', async (c) => {
    const deleted = await rooms.delete(c.req.param('id'));
    if (!deleted) return apiError(c, 404, 'not_found', `there is no board "${c.req.param('id')}"`);
    log.info({ board: c.req.param('id') }, 'board deleted');
    return c.body(null, 204);
  });

  api.all('*', (c) => apiError(c, 404, 'not_found', `no API route ${c.req.method} ${c.req.path}`));

  return api;
}

/** Opens a board's room, or answers 404 (unknown board) or 500 (a stored board that cannot be read). */
export async function openOr404(c: Context, rooms: Rooms, id: string) {
  try {
    const room = await rooms.open(id);
    return room ?? apiError(c, 404, 'not_found', `there is no board "${id}"`);
  } catch (error) {
    if (error instanceof CorruptBoardError) return apiError(c, 500, 'board_unreadable', error.message);
    throw error;
  }
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 415; message: string };

async function readJson(c: Context): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, status: 415, message: 'send the body as JSON with Content-Type: application/json' };
  }
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, status: 400, message: 'the body is not valid JSON' };
  }
}
