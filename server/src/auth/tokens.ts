import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a share link lets its holder do, weakest first. */
export const ROLES = ['viewer', 'commenter', 'editor', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

const ROLE_CODE: Record<Role, string> = { viewer: 'v', commenter: 'c', editor: 'e', facilitator: 'f' };
const ROLE_OF_CODE = new Map(Object.entries(ROLE_CODE).map(([role, code]) => [code, role as Role]));

/** A verified token's claims: which board, which link, which role. Still subject to revocation. */
export interface TokenClaims {
  boardId: string;
  linkId: string;
  role: Role;
}

/** True when `role` has at least the rights of `needed`. */
export const atLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

const mac = (secret: Buffer, body: string) => createHmac('sha256', secret).update(`balanza1|${body}`).digest();

/**
 * Signs a share-link token: `boardId.linkId.roleCode.signature` (HMAC-SHA256, base64url). Board and link
 * ids never contain a dot, so the token splits unambiguously.
 */
export function signToken(secret: Buffer, claims: TokenClaims): string {
  const body = `${claims.boardId}.${claims.linkId}.${ROLE_CODE[claims.role]}`;
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** The claims of a well-signed token, or null (bad shape, bad signature). Constant-time comparison. */
export function verifyToken(secret: Buffer, token: string): TokenClaims | null {
  if (token.length > 256) return null;
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [boardId, linkId, code, signature] = parts as [string, string, string, string];
  const role = ROLE_OF_CODE.get(code);
  if (!role || !boardId || !linkId) return null;
  const expected = mac(secret, `${boardId}.${linkId}.${code}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { boardId, linkId, role };
}
