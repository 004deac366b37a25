import type { Sql } from 'postgres';
import { BoardNotFoundError, type StoredDrafts } from './store.ts';

const bytesOf = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/**
 * The members' private documents in PostgreSQL ([MEMBER-5]), in their own table (see postgres-schema.ts).
 * A private document's writes take turns on an advisory lock of its own, so two instances appending to one
 * member's document never take the same sequence number; the board row is read `FOR SHARE`, so a board
 * deleted meanwhile fails the append instead of leaving rows behind.
 */
export function postgresDrafts(sql: Sql) {
  const lock = (boardId: string, memberId: string) => `drafts:${boardId}:${memberId}`;
  return {
    async load(boardId: string, memberId: string): Promise<StoredDrafts> {
      const rows = await sql<{ seq: number; data: Buffer }[]>`
        SELECT seq, data FROM drafts WHERE board_id = ${boardId} AND member_id = ${memberId} ORDER BY seq`;
      return { updates: rows.map((row) => bytesOf(row.data)), lastSeq: rows.at(-1)?.seq ?? 0 };
    },
    append(boardId: string, memberId: string, update: Uint8Array): Promise<number> {
      return sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(hashtext(${lock(boardId, memberId)}))`;
        const [board] = await tx`SELECT 1 FROM boards WHERE id = ${boardId} FOR SHARE`;
        if (!board) throw new BoardNotFoundError(boardId);
        const [row] = await tx<{ seq: number }[]>`
          INSERT INTO drafts (board_id, member_id, seq, data)
          SELECT ${boardId}, ${memberId}, COALESCE(MAX(seq), 0) + 1, ${update}
          FROM drafts WHERE board_id = ${boardId} AND member_id = ${memberId}
          RETURNING seq`;
        return row?.seq ?? 0;
      });
    },
    async compact(boardId: string, memberId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
      await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(hashtext(${lock(boardId, memberId)}))`;
        const [board] = await tx`SELECT 1 FROM boards WHERE id = ${boardId} FOR SHARE`;
        if (!board) throw new BoardNotFoundError(boardId);
        const [first] = await tx<{ seq: number | null }[]>`
          SELECT MIN(seq) AS seq FROM drafts WHERE board_id = ${boardId} AND member_id = ${memberId}`;
        // Another instance compacted through here or later already: this snapshot is no newer.
        if (first?.seq != null && first.seq >= throughSeq) return;
        await tx`DELETE FROM drafts WHERE board_id = ${boardId} AND member_id = ${memberId} AND seq <= ${throughSeq}`;
        await tx`INSERT INTO drafts (board_id, member_id, seq, data) VALUES (${boardId}, ${memberId}, ${throughSeq}, ${snapshot})`;
      });
    },
    async members(boardId: string): Promise<string[]> {
      const rows = await sql<{ member_id: string }[]>`
        SELECT DISTINCT member_id FROM drafts WHERE board_id = ${boardId} ORDER BY member_id`;
      return rows.map((row) => row.member_id);
    },
  };
}
