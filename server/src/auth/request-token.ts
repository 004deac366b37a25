/**
 * The token of a request: `Authorization: Bearer <token>`, else the `token` query parameter (how
 * y-websocket passes it). One rule for the HTTP API and the sync upgrade.
 */
export function tokenOf(authorization: string | undefined, queryToken: string | null | undefined): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? queryToken ?? undefined;
}
