import { ROLES } from '@balanza/model';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Access } from '../auth/access.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError } from './errors.ts';
import { readJson } from './read-json.ts';

// A facilitator link hands facilitation on (a co-facilitator); only the creator's own cannot be revoked.
const newLinkSchema = z.object({ role: z.enum(ROLES) }).strict();

/**
 * `/api/boards/:id/links`: the facilitator's share links. Mounted behind `boardAccess`, so the board id
 * and a token are already checked; every route here needs the facilitator.
 */
export function createShareRoutes(access: Access): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  routes.use('*', requireRole('facilitator'));

  routes.get('/', (c) => c.json({ links: access.listLinks(c.req.param('id' as never) ?? '') }));

  routes.post('/', async (c) => {
    const body = await readJson(c);
    if (!body.ok)
      return apiError(c, body.status, body.status === 415 ? 'unsupported_media_type' : 'bad_request', body.message);
    const parsed = newLinkSchema.safeParse(body.value);
    if (!parsed.success)
      return apiError(c, 400, 'bad_request', 'role: one of "facilitator", "editor", "commenter", "viewer"');
    const { link, token } = access.createLink(c.req.param('id' as never) ?? '', parsed.data.role);
    return c.json({ link: { ...link, token } }, 201);
  });

  routes.delete('/:linkId', (c) => {
    const boardId = c.req.param('id' as never) ?? '';
    const result = access.revoke(boardId, c.req.param('linkId'));
    if (result === 'not_found') return apiError(c, 404, 'not_found', 'this board has no such link');
    if (result === 'facilitator')
      return apiError(
        c,
        400,
        'bad_request',
        "the creator's facilitator link cannot be revoked; delete the board instead",
      );
    return c.body(null, 204);
  });

  return routes;
}
