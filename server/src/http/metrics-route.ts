import type { metricsResponse } from '@balanza/api';
import { reviewMetrics } from '@balanza/metrics';
import { readBoard } from '@balanza/model';
import type { Env, Hono } from 'hono';
import type { z } from 'zod';
import type { Rooms } from '../sync/rooms.ts';
import { openOr404 } from './open-board.ts';

/**
 * `GET /api/boards/:id/metrics` → `{ id, metrics }`: the board's review metrics ([METRICS-8]), computed
 * with the same `@balanza/metrics` the client uses. The id and the caller's access are checked by the
 * API's `/boards/:id/*` guards before this runs.
 */
export function mountMetricsRoute<E extends Env>(api: Hono<E>, rooms: Rooms): void {
  api.get('/boards/:id/metrics', async (c) => {
    const id = c.req.param('id');
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    return c.json({ id, metrics: reviewMetrics(readBoard(room.doc)) } satisfies z.input<typeof metricsResponse>);
  });
}
