import type Database from 'better-sqlite3';
import { BoardNotFoundError } from './store.ts';

/** Which member writes under each Yjs client id of a board ([MEMBER-4]); gone with the board. */
export const CLIENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS client_members (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  client_id INTEGER NOT NULL,
  member_id TEXT NOT NULL,
  PRIMARY KEY (board_id, client_id)
) WITHOUT ROWID;
`;

/** The client-binding statements of the SQLite store. */
export function prepareClients(db: Database.Database) {
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM boards WHERE id = ?');
  // The first member to write under an id keeps it.
  const insert = db.prepare('INSERT OR IGNORE INTO client_members (board_id, client_id, member_id) VALUES (?, ?, ?)');
  const list = db.prepare<[string], { client_id: number; member_id: string }>(
    'SELECT client_id, member_id FROM client_members WHERE board_id = ?',
  );
  return {
    bind: db.transaction((boardId: string, bindings: ReadonlyMap<number, string>) => {
      if (!exists.get(boardId)) throw new BoardNotFoundError(boardId);
      for (const [client, member] of bindings) insert.run(boardId, client, member);
    }),
    list: (boardId: string) => new Map(list.all(boardId).map((row) => [row.client_id, row.member_id])),
  };
}
