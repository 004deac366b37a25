import { parseWith, type privateCardsResponse, revealRequest, type revealResponse } from '@balanza/api';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { DraftRooms } from '../sync/draft-rooms.ts';
import type { Rooms } from '../sync/rooms.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError } from './errors.ts';
import { openOr404 } from './open-board.ts';

/**
 * Private writing's two routes ([MEMBER-5]), behind `boardAccess`: how many private cards wait (everyone
 * on the board, a number only), and the facilitator's reveal.
 *
 * Why a route and not a session change the server would act on: the reveal then happens once, when asked,
 * on the instance asked, with an answer saying what it did (or why not) — a session flag would be acted on
 * by whichever instance saw it, replayed by a facilitator's offline edits, and say nothing back.
 */
export function mountPrivateCardsRoutes(api: Hono<AuthEnv>, { rooms, drafts }: { rooms: Rooms; drafts: DraftRooms }) {
  api.get('/boards/:id/private-cards', async (c) => {
    const room = await openOr404(c, rooms, c.req.param('id'));
    if (room instanceof Response) return room;
    const waiting = await drafts.waiting(c.req.param('id'));
    return c.json({ waiting } satisfies z.input<typeof privateCardsResponse>);
  });

  api.post('/boards/:id/reveal', requireRole('facilitator'), async (c) => {
    // The body is optional; when sent it must be JSON and empty.
    const text = await c.req.text();
    if (text.trim() !== '') {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return apiError(c, 400, 'bad_request', 'the body is not valid JSON');
      }
      const parsed = parseWith(revealRequest, value);
      if (!parsed.ok) return apiError(c, 400, 'bad_request', parsed.message);
    }
    const room = await openOr404(c, rooms, c.req.param('id'));
    if (room instanceof Response) return room;
    const result = await drafts.reveal(c.req.param('id'));
    return c.json(result satisfies z.input<typeof revealResponse>);
  });
}
