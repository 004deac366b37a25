import {
  inviteMemberRequest,
  joinRequest,
  type membersResponse,
  type memberTokenResponse,
  type meResponse,
  updateMemberRequest,
} from '@balanza/api';
import { namedAsAuthor } from '@balanza/model';
import type { Hono } from 'hono';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import { refusals } from '../auth/refusals.ts';
import type { Rooms } from '../sync/rooms.ts';
import { type AuthEnv, requireRole } from './auth.ts';
import { apiError, refuse } from './errors.ts';
import { readBody } from './read-json.ts';

/**
 * The members of a board ([MEMBER-1]): the list everyone on the board sees, the facilitator's invitations,
 * renames, role changes and revocations, and joining through a role link. Mounted behind `boardAccess`.
 */
export function mountMemberRoutes(api: Hono<AuthEnv>, access: Access, rooms: Rooms): void {
  api.get('/boards/:id/members', (c) =>
    c.json({ members: access.members(c.req.param('id'), c.get('holder')) } satisfies z.input<typeof membersResponse>),
  );

  api.get('/boards/:id/me', (c) => {
    const { role, link } = c.get('holder');
    const member = link?.name != null ? access.member(c.req.param('id'), link.id, true) : null;
    return c.json({ member, role } satisfies z.input<typeof meResponse>);
  });

  api.post('/boards/:id/members', requireRole('facilitator'), async (c) => {
    const body = await readBody(c, inviteMemberRequest);
    if (!body.ok) return body.answer;
    const invited = await access.invite(c.req.param('id'), body.value);
    return c.json(invited satisfies z.input<typeof memberTokenResponse>, 201);
  });

  api.post('/boards/:id/join', async (c) => {
    const body = await readBody(c, joinRequest);
    if (!body.ok) return body.answer;
    const boardId = c.req.param('id');
    // A provisional id the board's document names already is someone's writing: not given away ([MEMBER-7]).
    const namedOnBoard = async (id: string) => {
      const room = await rooms.open(boardId).catch(() => null);
      if (!room) return true;
      await room.settled();
      return namedAsAuthor(room.doc, id);
    };
    const joined = await access.join(boardId, c.get('holder'), body.value, namedOnBoard);
    if (!joined)
      return apiError(c, 400, 'bad_request', 'only a role link can be joined: this token already names a member');
    return c.json(joined satisfies z.input<typeof memberTokenResponse>, 201);
  });

  api.patch('/boards/:id/members/:memberId', async (c) => {
    const [boardId, memberId] = [c.req.param('id'), c.req.param('memberId')];
    const body = await readBody(c, updateMemberRequest);
    if (!body.ok) return body.answer;
    const holder = c.get('holder');
    const self = holder.link?.id === memberId;
    // A member may rename and recolour themself; anything else about a member is the facilitator's.
    if (holder.role !== 'facilitator' && (!self || body.value.role !== undefined))
      return refuse(c, refusals.forbidden('facilitator'));
    if (!access.member(boardId, memberId)) return apiError(c, 404, 'not_found', 'this board has no such member');
    await access.updateMember(boardId, memberId, body.value);
    return c.json({ member: access.member(boardId, memberId, true) });
  });

  api.delete('/boards/:id/members/:memberId', requireRole('facilitator'), async (c) => {
    const [boardId, memberId] = [c.req.param('id'), c.req.param('memberId')];
    if (!access.member(boardId, memberId)) return apiError(c, 404, 'not_found', 'this board has no such member');
    if (c.get('holder').link?.id === memberId)
      return apiError(c, 400, 'bad_request', 'a facilitator cannot revoke themself; ask another facilitator');
    await access.revoke(boardId, memberId);
    return c.body(null, 204);
  });
}
