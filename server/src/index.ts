/** @balanza/server — the sync server: start it in-process (tests, benchmarks) or run main.ts. */
export { CLIENT_DIST, type RunningServer, type ServerOptions, startServer } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { createDemoBoard, fillDemo } from './demo.ts';
export { createLogger, type Logger, silentLogger } from './log.ts';
export { createMemoryStore } from './store/memory-store.ts';
export { openSqliteStore, type SqliteStoreOptions } from './store/sqlite-store.ts';
export { type BoardInfo, BoardNotFoundError, type Store, type StoredBoard } from './store/store.ts';
export { decodeClientMessage, ProtocolError } from './sync/protocol.ts';
export { CLOSE, type Peer, Room } from './sync/room.ts';
export { CorruptBoardError, Rooms } from './sync/rooms.ts';
