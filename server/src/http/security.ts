import type { MiddlewareHandler } from 'hono';

/**
 * Security headers for every answer. The CSP allows only our own scripts and the WebSocket to the
 * same host; inline style attributes stay allowed (the editor and charts set element styles).
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const host = c.req.header('host') ?? '';
    c.header(
      'Content-Security-Policy',
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src 'self'${host ? ` ws://${host} wss://${host}` : ''}`,
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  };
}
