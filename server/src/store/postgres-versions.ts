import type { Sql } from 'postgres';
import { BoardNotFoundError, type StoredVersion, type VersionInfo } from './store.ts';

interface VersionRow {
  id: string;
  board_id: string;
  name: string | null;
  auto: boolean;
  created_at: string;
  created_by: string | null;
}

const infoOf = (row: VersionRow): VersionInfo => ({
  id: row.id,
  boardId: row.board_id,
  name: row.name,
  auto: row.auto,
  createdAt: Number(row.created_at),
  createdBy: row.created_by,
});

/** The versions of the PostgreSQL store (kept apart so the store file stays about boards and logs). */
export function postgresVersions(sql: Sql) {
  return {
    /** Saves a version; an automatic one prunes the oldest automatic ones beyond `maxAuto`. */
    async add(version: StoredVersion, maxAuto: number): Promise<void> {
      const { boardId, id, name, auto, createdAt, createdBy, bytes } = version;
      await sql.begin(async (tx) => {
        // Selecting from boards makes an unknown board insert nothing instead of failing on the key.
        const inserted = await tx`
          INSERT INTO versions (board_id, id, name, auto, created_at, created_by, data)
          SELECT b.id, ${id}, ${name}::text, ${auto}, ${createdAt}::bigint, ${createdBy}::text, ${bytes}
          FROM boards b WHERE b.id = ${boardId}`;
        if (inserted.count === 0) throw new BoardNotFoundError(boardId);
        if (!auto) return;
        await tx`
          DELETE FROM versions WHERE board_id = ${boardId} AND saved IN (
            SELECT saved FROM versions WHERE board_id = ${boardId} AND auto
            ORDER BY saved DESC OFFSET ${maxAuto}
          )`;
      });
    },
    /** Newest first; among equal times, the one saved last first. */
    async list(boardId: string): Promise<VersionInfo[]> {
      const rows = await sql<VersionRow[]>`
        SELECT id, board_id, name, auto, created_at, created_by FROM versions
        WHERE board_id = ${boardId} ORDER BY created_at DESC, saved DESC`;
      return rows.map(infoOf);
    },
    async load(boardId: string, versionId: string): Promise<StoredVersion | null> {
      const [row] = await sql<(VersionRow & { data: Buffer })[]>`
        SELECT id, board_id, name, auto, created_at, created_by, data FROM versions
        WHERE board_id = ${boardId} AND id = ${versionId}`;
      if (!row) return null;
      return { ...infoOf(row), bytes: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength) };
    },
  };
}
