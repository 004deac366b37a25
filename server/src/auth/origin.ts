/**
 * May this request open a WebSocket? Browsers always send `Origin`: it must name the same host as
 * `Host`, or be listed in `allowedOrigins`. Without `Origin` (a non-browser client) it is allowed —
 * the token still decides what it may see.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
