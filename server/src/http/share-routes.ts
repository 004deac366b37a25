import { type createdLinkResponse, type linksResponse, newLinkRequest } from '@balanza/api';
import { Hono } from 'hono';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError } from './errors.ts';
import { readBody } from './read-json.ts';

/**
 * `/api/boards/:id/links`: the facilitator's share links. Mounted behind `boardAccess`, so the board id
 * and a token are already checked; every route here needs the facilitator.
 */
export function createShareRoutes(access: Access): Hono<AuthEnv> {
  const routes = new Hono<AuthEnv>();
  routes.use('*', requireRole('facilitator'));

  routes.get('/', (c) =>
    c.json({ links: access.listLinks(c.req.param('id' as never) ?? '') } satisfies z.input<typeof linksResponse>),
  );

  routes.post('/', async (c) => {
    const body = await readBody(c, newLinkRequest);
    if (!body.ok) return body.answer;
    const { link, token } = await access.createLink(c.req.param('id' as never) ?? '', body.value.role);
    return c.json({ link: { ...link, token, creator: false } } satisfies z.input<typeof createdLinkResponse>, 201);
  });

  routes.delete('/:linkId', async (c) => {
    const boardId = c.req.param('id' as never) ?? '';
    const result = await access.revoke(boardId, c.req.param('linkId'));
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
