import { atLeast, type Role } from '@balanza/model';
import type { Context, MiddlewareHandler } from 'hono';
import type { Access, Holder } from '../auth/access.ts';
import { refusals } from '../auth/refusals.ts';
import { tokenOf } from '../auth/request-token.ts';
import { refuse } from './errors.ts';

export type AuthEnv = { Variables: { role: Role; holder: Holder } };

/** Writes a viewer may make: joining through a role link, and a member renaming themself (the routes check the rest). */
const SELF_SERVICE = /^\/api\/boards\/[^/]+\/(join|members\/[^/]+)$/;

/** The token of a request: `Authorization: Bearer <token>`, or `?token=` (how y-websocket passes it). */
export const requestToken = (c: Context): string | undefined =>
  tokenOf(c.req.header('authorization'), c.req.query('token'));

/** Tokens sent to list boards: `X-Board-Tokens: t1,t2,…` (one per board this browser holds). */
export const listTokens = (c: Context): string[] =>
  (c.req.header('x-board-tokens') ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);

/**
 * Guards everything under `/boards/:id`: without a token good for the board, nothing is answered (401,
 * whether the board exists or not). Reads need a viewer, other methods an editor unless a route asks more.
 */
export function boardAccess(access: Access): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    const holder = await access.holderOf(id, requestToken(c));
    if (!holder) return refuse(c, refusals.unauthorized);
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    const needed: Role = reading || SELF_SERVICE.test(c.req.path) ? 'viewer' : 'editor';
    if (!atLeast(holder.role, needed)) return refuse(c, refusals.forbidden(needed));
    c.set('role', holder.role);
    c.set('holder', holder);
    await next();
  };
}

/** For routes that need more than the default (deleting a board, managing links). */
export function requireRole(needed: Role): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (!atLeast(c.get('role'), needed)) return refuse(c, refusals.forbidden(needed));
    await next();
  };
}
