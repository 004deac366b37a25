import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startCheckpointer } from './checkpointer.ts';
import { createGroupCommit } from './group-commit.ts';
import { CLIENTS_SCHEMA, prepareClients } from './sqlite-clients.ts';
import { DRAFTS_SCHEMA, prepareDrafts } from './sqlite-drafts.ts';
import { prepareVersions, VERSIONS_SCHEMA } from './sqlite-versions.ts';
import { type BoardInfo, BoardNotFoundError, MAX_AUTO_VERSIONS, type Store, type StoredBoard } from './store.ts';

export interface SqliteStoreOptions {
  /** Folder of the database file `balanza.sqlite`; created when missing. */
  dataDir: string;
  /**
   * SQLite `synchronous` level. `normal` (the default, with WAL) survives a crash of the process at any
   * moment; `full` also survives a power cut, at the cost of an fsync per update.
   */
  synchronous?: 'normal' | 'full';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  info TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, seq)
) WITHOUT ROWID;
`;

interface PendingAppend {
  boardId: string;
  update: Uint8Array;
  now: number;
}

/**
 * The embedded default store: one SQLite file in WAL mode. Every write is committed before it resolves;
 * the appends of one event-loop turn, whatever their boards, share one transaction (group commit).
 */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, 'balanza.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  const integrity = db.pragma('quick_check', { simple: true });
  if (integrity !== 'ok') throw new Error(`the database in ${options.dataDir} is damaged (${String(integrity)})`);
  db.exec(SCHEMA);
  // Added after the first release: IF NOT EXISTS makes it the migration of older database files too.
  db.exec(VERSIONS_SCHEMA);
  db.exec(CLIENTS_SCHEMA);
  db.exec(DRAFTS_SCHEMA);
  const versions = prepareVersions(db);
  const clients = prepareClients(db);
  const drafts = prepareDrafts(db);
  // Checkpoints run in a worker, off the thread that relays updates; if it fails, SQLite's own come back.
  db.pragma('wal_autocheckpoint = 0');
  const checkpointer = startCheckpointer(file, () => db.pragma('wal_autocheckpoint = 1000'));

  const statements = {
    insertBoard: db.prepare('INSERT INTO boards (id, info, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    getBoard: db.prepare<[string], { info: string; updated_at: number }>(
      'SELECT info, updated_at FROM boards WHERE id = ?',
    ),
    listBoards: db.prepare<[], { id: string; info: string; updated_at: number }>(
      'SELECT id, info, updated_at FROM boards ORDER BY updated_at DESC, id',
    ),
    touchBoard: db.prepare('UPDATE boards SET updated_at = ? WHERE id = ?'),
    setInfo: db.prepare('UPDATE boards SET info = ? WHERE id = ?'),
    deleteBoard: db.prepare('DELETE FROM boards WHERE id = ?'),
    lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE board_id = ?'),
    insertUpdate: db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
    loadUpdates: db.prepare<[string], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq',
    ),
    deleteThrough: db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?'),
  };

  const infoOf = (id: string, row: { info: string; updated_at: number }): BoardInfo => ({
    ...(JSON.parse(row.info) as BoardInfo),
    id,
    updatedAt: row.updated_at,
  });

  // The last sequence number of each board this store has written to: one process owns the file, so the
  // log's end is known without asking SQLite on every append.
  const lastSeqs = new Map<string, number>();
  const nextSeq = (boardId: string): number => {
    const seq = (lastSeqs.get(boardId) ?? statements.lastSeq.get(boardId)?.seq ?? 0) + 1;
    lastSeqs.set(boardId, seq);
    return seq;
  };

  /** One transaction for a batch of appends; a board that is gone fails its own appends, not the others'. */
  const appendBatch = db.transaction((batch: PendingAppend[]): Array<number | Error> => {
    const missing = new Set<string>();
    const latest = new Map<string, number>();
    for (const { boardId, now } of batch) latest.set(boardId, Math.max(now, latest.get(boardId) ?? now));
    for (const [boardId, now] of latest)
      if (statements.touchBoard.run(now, boardId).changes === 0) missing.add(boardId);
    return batch.map(({ boardId, update }) => {
      if (missing.has(boardId)) return new BoardNotFoundError(boardId);
      const seq = nextSeq(boardId);
      statements.insertUpdate.run(boardId, seq, update);
      return seq;
    });
  });
  const groupCommit = createGroupCommit((batch: PendingAppend[]) => {
    try {
      return appendBatch(batch);
    } catch (error) {
      // Rolled back: the cached log ends may be ahead of the file.
      lastSeqs.clear();
      throw error;
    }
  });

  const compact = db.transaction((boardId: string, snapshot: Uint8Array, throughSeq: number) => {
    if (!statements.getBoard.get(boardId)) throw new BoardNotFoundError(boardId);
    statements.deleteThrough.run(boardId, throughSeq);
    statements.insertUpdate.run(boardId, throughSeq, snapshot);
  });

  const create = db.transaction((boardId: string, update: Uint8Array, info: BoardInfo) => {
    statements.insertBoard.run(boardId, JSON.stringify({ ...info, id: boardId }), info.createdAt, info.updatedAt);
    statements.insertUpdate.run(boardId, 1, update);
  });

  return {
    async create(boardId, update, info) {
      create(boardId, update, info);
      lastSeqs.set(boardId, 1);
    },
    async load(boardId): Promise<StoredBoard | null> {
      const row = statements.getBoard.get(boardId);
      if (!row) return null;
      const rows = statements.loadUpdates.all(boardId);
      return {
        info: infoOf(boardId, row),
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    },
    append(boardId, update, now = Date.now()) {
      return groupCommit.add({ boardId, update, now });
    },
    async compact(boardId, snapshot, throughSeq) {
      compact(boardId, snapshot, throughSeq);
    },
    async setInfo(boardId, info) {
      const row = statements.getBoard.get(boardId);
      if (!row) throw new BoardNotFoundError(boardId);
      statements.setInfo.run(JSON.stringify({ ...infoOf(boardId, row), ...info }), boardId);
    },
    async list() {
      return statements.listBoards.all().map((row) => infoOf(row.id, row));
    },
    async addVersion(version, maxAuto = MAX_AUTO_VERSIONS) {
      if (!statements.getBoard.get(version.boardId)) throw new BoardNotFoundError(version.boardId);
      versions.add(version, maxAuto);
    },
    async bindClients(boardId, bindings) {
      clients.bind(boardId, bindings);
    },
    async clientMembers(boardId) {
      return clients.list(boardId);
    },
    async loadDrafts(boardId, memberId) {
      return drafts.load(boardId, memberId);
    },
    async appendDrafts(boardId, memberId, update) {
      return drafts.append(boardId, memberId, update);
    },
    async compactDrafts(boardId, memberId, snapshot, throughSeq) {
      drafts.compact(boardId, memberId, snapshot, throughSeq);
    },
    async draftMembers(boardId) {
      return drafts.members(boardId);
    },
    async listVersions(boardId) {
      return versions.list(boardId);
    },
    async loadVersion(boardId, versionId) {
      return versions.load(boardId, versionId);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async delete(boardId) {
      // The versions and private documents go with the board (ON DELETE CASCADE).
      lastSeqs.delete(boardId);
      return statements.deleteBoard.run(boardId).changes > 0;
    },
    async close() {
      await groupCommit.flushed();
      await checkpointer.stop();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
