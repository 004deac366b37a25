import type { Context, Hono } from 'hono';
import { refusals } from '../auth/refusals.ts';
import { checkSyncRequest, type SyncCheckOptions } from '../sync/upgrade-check.ts';
import { requestToken } from './auth.ts';
import { refuse } from './errors.ts';

/**
 * `GET /sync/:boardId` without a WebSocket upgrade: the same checks as the upgrade (so a browser or
 * `curl` learns why it would be refused), then 426, since the endpoint only speaks y-websocket.
 */
export function mountSyncRoute(app: Hono, options: SyncCheckOptions) {
  const check = async (c: Context) => {
    const verdict = await checkSyncRequest(
      {
        boardId: c.req.param('boardId') ?? '',
        token: requestToken(c),
        origin: c.req.header('origin'),
        host: c.req.header('host'),
      },
      options,
    );
    return refuse(c, verdict.ok ? refusals.upgradeRequired : verdict.refusal);
  };
  app.get('/sync/:boardId', check);
  // A member's private document ([MEMBER-5]): the same checks; the member is the token's.
  app.get('/sync/:boardId/drafts', check);
}
