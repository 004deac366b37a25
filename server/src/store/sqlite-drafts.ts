import type Database from 'better-sqlite3';
import { BoardNotFoundError, type StoredDrafts } from './store.ts';

/**
 * The members' private documents of a board ([MEMBER-5]): an update log per member, beside the board and
 * gone with it. A table of its own, so nothing that lists or reads boards ever meets them.
 */
export const DRAFTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS drafts (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (board_id, member_id, seq)
) WITHOUT ROWID;
`;

const bytesOf = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/**
 * The private-document statements of the SQLite store. Each append is its own transaction, committed before
 * it resolves: private writing is a person typing, far from the rates the board log's group commit is for.
 */
export function prepareDrafts(db: Database.Database) {
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM boards WHERE id = ?');
  const load = db.prepare<[string, string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM drafts WHERE board_id = ? AND member_id = ? ORDER BY seq',
  );
  const last = db.prepare<[string, string], { seq: number | null }>(
    'SELECT MAX(seq) AS seq FROM drafts WHERE board_id = ? AND member_id = ?',
  );
  const insert = db.prepare('INSERT INTO drafts (board_id, member_id, seq, data) VALUES (?, ?, ?, ?)');
  const deleteThrough = db.prepare('DELETE FROM drafts WHERE board_id = ? AND member_id = ? AND seq <= ?');
  const members = db.prepare<[string], { member_id: string }>(
    'SELECT DISTINCT member_id FROM drafts WHERE board_id = ? ORDER BY member_id',
  );
  const append = db.transaction((boardId: string, memberId: string, update: Uint8Array): number => {
    if (!exists.get(boardId)) throw new BoardNotFoundError(boardId);
    const seq = (last.get(boardId, memberId)?.seq ?? 0) + 1;
    insert.run(boardId, memberId, seq, update);
    return seq;
  });
  const compact = db.transaction((boardId: string, memberId: string, snapshot: Uint8Array, throughSeq: number) => {
    if (!exists.get(boardId)) throw new BoardNotFoundError(boardId);
    deleteThrough.run(boardId, memberId, throughSeq);
    insert.run(boardId, memberId, throughSeq, snapshot);
  });
  return {
    load(boardId: string, memberId: string): StoredDrafts {
      const rows = load.all(boardId, memberId);
      return { updates: rows.map((row) => bytesOf(row.data)), lastSeq: rows.at(-1)?.seq ?? 0 };
    },
    append,
    compact,
    members: (boardId: string) => members.all(boardId).map((row) => row.member_id),
  };
}
