import { createHmac, timingSafeEqual } from 'node:crypto';
import { ROLE_CODE, type Role, roleOfCode } from '@balanza/model';

/** A verified token's claims: which board, which link, which role. Still subject to revocation. */
export interface TokenClaims {
  boardId: string;
  linkId: string;
  role: Role;
}

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
  const role = roleOfCode(code);
  if (!role || !boardId || !linkId) return null;
  const expected = mac(secret, `${boardId}.${linkId}.${code}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { boardId, linkId, role };
}
