import { CLIENT_DIST, startServer } from './app.ts';
import { Access, isLoopbackHost } from './auth/access.ts';
import { type LinkStore, openFileLinkStore } from './auth/links.ts';
import { openPostgresLinks } from './auth/postgres-links.ts';
import { loadSecret } from './auth/secret.ts';
import { loadConfig } from './config.ts';
import { createDemoBoard } from './demo.ts';
import { createLogger } from './log.ts';
import { openPostgresStore } from './store/postgres-store.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import type { Store } from './store/store.ts';
import { RedisFanout } from './sync/redis-fanout.ts';

/** `npm start` / `pnpm dev`: the whole app in one process, configured from the environment. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const log = createLogger(config.logLevel);
  const store: Store =
    config.store.kind === 'postgres'
      ? await openPostgresStore({ url: config.store.url, schema: config.store.schema })
      : openSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSync });
  const fanout = config.redis ? new RedisFanout({ ...config.redis, store, log }) : undefined;
  // With PostgreSQL, share links and the signing secret live there too, where every instance reads them.
  const { links, secret }: { links: LinkStore; secret: Buffer } =
    config.store.kind === 'postgres'
      ? await openPostgresLinks({ url: config.store.url, schema: config.store.schema }, config.secret)
      : { links: openFileLinkStore(config.dataDir), secret: loadSecret(config.dataDir, config.secret) };
  const access = new Access({ secret, links, openPublicBoards: isLoopbackHost(config.host) });
  const server = await startServer({
    ...config,
    store,
    log,
    access,
    clientDist: config.production ? CLIENT_DIST : undefined,
    fanout,
  });
  const link = (boardId: string, token: string) => `${server.url}/b/${boardId}#token=${token}`;
  if (config.demoBoard && (await store.list()).length === 0) {
    const id = await createDemoBoard(server.rooms);
    // The demo is open without a link, but only while the server listens on loopback: whoever runs it
    // locally is its facilitator, so every part of the product (share links, the session) can be tried.
    await access.setPublic(id, 'facilitator');
    log.info({ board: id }, 'demo board created');
  }
  // Boards without a facilitator link (the demo, boards from before share links) get one, printed once.
  for (const board of await store.list()) {
    if (access.hasFacilitatorLink(board.id)) continue;
    const { token } = await access.createLink(board.id, 'facilitator');
    log.info({ board: board.id, url: link(board.id, token) }, `facilitator link for "${board.title}"`);
  }
  log.info(
    { url: server.url, store: config.store.kind, redis: Boolean(fanout), dataDir: config.dataDir },
    `Balanza is running at ${server.url}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: storing every open board');
    await server.close();
    await fanout?.close();
    await links.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
