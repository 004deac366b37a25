/** @balanza/server — the sync server: start it in-process (tests, benchmarks) or run main.ts. */
export { CLIENT_DIST, type RunningServer, type ServerOptions, startServer } from './app.ts';
export { Access, isLoopbackHost } from './auth/access.ts';
export { createMemoryLinkStore, type LinkStore, openFileLinkStore, type ShareLink } from './auth/links.ts';
export { loadSecret } from './auth/secret.ts';
export { signToken, verifyToken } from './auth/tokens.ts';
export { type Config, loadConfig } from './config.ts';
export { createDemoBoard, fillDemo } from './demo.ts';
export { createLogger, type Logger, silentLogger } from './log.ts';
export { createMemoryStore } from './store/memory-store.ts';
export { openPostgresStore, type PostgresStoreOptions } from './store/postgres-store.ts';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.ts';
export { type BoardInfo, BoardNotFoundError, type Store, type StoredBoard } from './store/store.ts';
export { checkUpdate, type UpdateVerdict } from './sync/permissions.ts';
export { decodeClientMessage, ProtocolError } from './sync/protocol.ts';
export type { RateLimits } from './sync/rate-limit.ts';
export { CLOSE, type Peer, Room } from './sync/room.ts';
export { CorruptBoardError, Rooms } from './sync/rooms.ts';
export { rootsTouched } from './sync/update-roots.ts';
