import { atLeast, type Role } from '@balanza/model';
import type { Context, MiddlewareHandler } from 'hono';
import type { Access } from '../auth/access.ts';
import { apiError } from './errors.ts';

export type AuthEnv = { Variables: { role: Role } };

/** The token of a request: `Authorization: Bearer <token>`, or `?token=` (how y-websocket passes it). */
export function requestToken(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? c.req.query('token') ?? undefined;
}

/** Tokens sent to list boards: `X-Board-Tokens: t1,t2,…` (one per board this browser holds). */
export const listTokens = (c: Context): string[] =>
  (c.req.header('x-board-tokens') ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);

export const unauthorized = (c: Context) =>
  apiError(
    c,
    401,
    'unauthorized',
    'this board needs a valid share link; the one used is missing, mistyped or revoked — ask the facilitator for a new one',
  );

export const forbidden = (c: Context, needed: Role) =>
  apiError(c, 403, 'forbidden', `only a ${needed} of this board may do this; ask the facilitator for a ${needed} link`);

/**
 * Guards everything under `/boards/:id`: without a token good for the board, nothing is answered (401,
 * whether the board exists or not). Reads need a viewer, other methods an editor unless a route asks more.
 */
export function boardAccess(access: Access): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    const role = access.roleFor(id, requestToken(c));
    if (!role) return unauthorized(c);
    const needed: Role = c.req.method === 'GET' || c.req.method === 'HEAD' ? 'viewer' : 'editor';
    if (!atLeast(role, needed)) return forbidden(c, needed);
    c.set('role', role);
    await next();
  };
}

/** For routes that need more than the default (deleting a board, managing links). */
export function requireRole(needed: Role): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    if (!atLeast(c.get('role'), needed)) return forbidden(c, needed);
    await next();
  };
}
