import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built client (client/dist) from the same process as the API, so one server is the whole
 * app. Paths that are not files fall back to index.html: the client routes `/b/:boardId` itself.
 */
export function mountClient(app: Hono, distDir: string): boolean {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  // serve-static resolves `root` against the working directory.
  const root = relative(process.cwd(), distDir) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html', onFound: (_path, c) => c.header('Cache-Control', 'no-cache') }));
  return true;
}
