import type { nextYearResponse } from '@balanza/api';
import { linkNextBoard, ModelError, newId, readMeta, startNextYear } from '@balanza/model';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import type { Logger } from '../log.ts';
import type { Room } from '../sync/room.ts';
import type { Rooms } from '../sync/rooms.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError } from './errors.ts';
import { openOr404 } from './open-board.ts';

type NextYear = z.input<typeof nextYearResponse>;

/**
 * `POST /api/boards/:id/next-year` (facilitator): makes the board of the review's plan year from the
 * stored review, in one step on the server, and links the two both ways ([PLAN-16]). Running it again
 * answers the board made the first time (200, a new facilitator link for it), never a second board —
 * also when two requests race, since each review's requests run one after the other.
 */
export function mountNextYearRoute(
  api: Hono<AuthEnv>,
  { rooms, access, log }: { rooms: Rooms; access: Access; log: Logger },
) {
  const running = new Map<string, Promise<unknown>>();
  const oneAtATime = <T>(id: string, task: () => Promise<T>): Promise<T> => {
    const next = (running.get(id) ?? Promise.resolve()).then(task, task);
    const settled = next.catch(() => undefined);
    running.set(id, settled);
    void settled.then(() => running.get(id) === settled && running.delete(id));
    return next;
  };

  api.post('/boards/:id/next-year', requireRole('facilitator'), async (c) => {
    const id = c.req.param('id');
    const room = await openOr404(c, rooms, id);
    if (room instanceof Response) return room;
    return oneAtATime(id, () => startOrReuse(c, id, room));
  });

  async function startOrReuse(c: Context, reviewId: string, review: Room): Promise<Response> {
    // Everything received before this request is in the plan.
    await review.settled();
    const made = readMeta(review.doc).nextBoardId;
    if (made) {
      const existing = await rooms.open(made).catch(() => null);
      if (existing) {
        const { token } = await access.createLink(made, 'facilitator');
        return c.json({ id: made, meta: readMeta(existing.doc), token, created: false } satisfies NextYear, 200);
      }
      return apiError(
        c,
        409,
        'conflict',
        `the board of ${readMeta(review.doc).planYear} made from this review ("${made}") was deleted; restore it from a backup or ask for it to be unlinked`,
      );
    }
    let plan: ReturnType<typeof startNextYear>;
    try {
      plan = startNextYear(review.doc, { previousBoardId: reviewId });
    } catch (error) {
      if (error instanceof ModelError) return apiError(c, 400, 'bad_request', error.message);
      throw error;
    }
    const created = await rooms.store(newId(), plan);
    try {
      await review.serverEdit((doc) => linkNextBoard(doc, created.id));
    } catch (error) {
      // Unlinked, a second request would make a second board: take this one back.
      await rooms.delete(created.id).catch(() => undefined);
      throw error;
    }
    const { token } = await access.createLink(created.id, 'facilitator');
    log.info({ board: reviewId, next: created.id }, 'next year started');
    return c.json({ ...created, token, created: true } satisfies NextYear, 201);
  }
}
