import type Database from 'better-sqlite3';
import type { StoredVersion, VersionInfo } from './store.ts';

/** The versions table; a board's versions go when the board is deleted. */
export const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT,
  auto INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS versions_by_time ON versions (board_id, created_at);
`;

interface VersionRow {
  id: string;
  board_id: string;
  name: string | null;
  auto: number;
  created_at: number;
  created_by: string | null;
}

const infoOf = (row: VersionRow): VersionInfo => ({
  id: row.id,
  boardId: row.board_id,
  name: row.name,
  auto: row.auto === 1,
  createdAt: row.created_at,
  createdBy: row.created_by,
});

const COLUMNS = 'id, board_id, name, auto, created_at, created_by';

/** The version statements of the SQLite store (kept apart so the store file stays about boards and logs). */
export function prepareVersions(db: Database.Database) {
  const insert = db.prepare(
    'INSERT INTO versions (board_id, id, name, auto, created_at, created_by, data) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // The oldest automatic versions beyond the limit, in the order they were saved (rowid).
  const prune = db.prepare(
    `DELETE FROM versions WHERE rowid IN (
       SELECT rowid FROM versions WHERE board_id = ? AND auto = 1 ORDER BY rowid DESC LIMIT -1 OFFSET ?
     )`,
  );
  const list = db.prepare<[string], VersionRow>(
    `SELECT ${COLUMNS} FROM versions WHERE board_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const load = db.prepare<[string, string], VersionRow & { data: Buffer }>(
    `SELECT ${COLUMNS}, data FROM versions WHERE board_id = ? AND id = ?`,
  );
  const add = db.transaction((version: StoredVersion, maxAuto: number) => {
    const { boardId, id, name, auto, createdAt, createdBy, bytes } = version;
    insert.run(boardId, id, name, auto ? 1 : 0, createdAt, createdBy, bytes);
    if (auto) prune.run(boardId, maxAuto);
  });
  return {
    add,
    list: (boardId: string): VersionInfo[] => list.all(boardId).map(infoOf),
    load: (boardId: string, versionId: string): StoredVersion | null => {
      const row = load.get(boardId, versionId);
      if (!row) return null;
      return { ...infoOf(row), bytes: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
  };
}
