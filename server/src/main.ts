import { CLIENT_DIST, startServer } from './app.ts';
import { loadConfig } from './config.ts';
import { createDemoBoard } from './demo.ts';
import { createLogger } from './log.ts';
import { openSqliteStore } from './store/sqlite-store.ts';

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
  const store = openSqliteStore({ dataDir: config.dataDir, synchronous: config.sqliteSync });
  const server = await startServer({ ...config, store, log, clientDist: config.production ? CLIENT_DIST : undefined });
  if (config.demoBoard && (await store.list()).length === 0) {
    const id = await createDemoBoard(server.rooms);
    log.info({ board: id }, 'demo board created');
  }
  log.info({ url: server.url, dataDir: config.dataDir }, `Balanza is running at ${server.url}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: storing every open board');
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
