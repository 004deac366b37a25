import postgres, { type Sql } from 'postgres';
import { type CommitAnswers, createGroupCommit } from './group-commit.ts';
import { checkSchemaName, createTables } from './postgres-schema.ts';
import { postgresVersions } from './postgres-versions.ts';
import { type BoardInfo, BoardNotFoundError, MAX_AUTO_VERSIONS, type Store, type StoredBoard } from './store.ts';

export interface PostgresStoreOptions {
  /** Where the database is, e.g. `postgres://balanza@127.0.0.1:5432/balanza`. */
  url: string;
  /** Schema holding the store's tables, created when missing (default `balanza`). */
  schema?: string;
  /** Connections in the pool (default 10). */
  maxConnections?: number;
}

interface PendingAppend {
  boardId: string;
  update: Uint8Array;
  now: number;
}

interface BoardRow {
  id: string;
  info: BoardInfo;
  updated_at: string;
}

/** Inserts of more rows than this go in several statements (PostgreSQL takes 65,535 parameters at most). */
const ROWS_PER_INSERT = 1_000;

const infoOf = (row: BoardRow): BoardInfo => ({ ...row.info, id: row.id, updatedAt: Number(row.updated_at) });

const bytesOf = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/**
 * Commits a batch of appends, whatever their boards, in one transaction. Each board's row is updated once
 * to take the next sequence numbers: its row lock orders the appends of every server sharing the database,
 * so two instances never take the same number. A board that is gone fails its own appends only.
 */
async function appendBatch(sql: Sql, batch: PendingAppend[]): Promise<CommitAnswers<number>> {
  const perBoard = new Map<string, { count: number; now: number }>();
  for (const { boardId, now } of batch) {
    const board = perBoard.get(boardId);
    if (board) {
      board.count += 1;
      board.now = Math.max(board.now, now);
    } else perBoard.set(boardId, { count: 1, now });
  }
  return sql.begin(async (tx) => {
    // One lock order for every instance (sorted ids), so two batches never deadlock; sent pipelined.
    const ids = [...perBoard.keys()].sort();
    const ends = await Promise.all(
      ids.map((id) => {
        const { count, now } = perBoard.get(id) as { count: number; now: number };
        return tx<{ last_seq: number }[]>`
          UPDATE boards SET last_seq = last_seq + ${count}, updated_at = ${now}
          WHERE id = ${id} RETURNING last_seq`;
      }),
    );
    const nextSeq = new Map<string, number>();
    ids.forEach((id, i) => {
      const end = ends[i]?.[0];
      if (end) nextSeq.set(id, end.last_seq - (perBoard.get(id)?.count ?? 0) + 1);
    });
    const rows: { board_id: string; seq: number; data: Uint8Array }[] = [];
    const answers = batch.map(({ boardId, update }) => {
      const seq = nextSeq.get(boardId);
      if (seq === undefined) return new BoardNotFoundError(boardId);
      nextSeq.set(boardId, seq + 1);
      rows.push({ board_id: boardId, seq, data: update });
      return seq;
    });
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await tx`INSERT INTO updates ${tx(rows.slice(start, start + ROWS_PER_INSERT), 'board_id', 'seq', 'data')}`;
    }
    return answers;
  });
}

/**
 * Replaces a board's log up to `throughSeq` by one snapshot row.
 *
 * Why an advisory lock rather than compare-and-set: two instances compacting one board at once take
 * turns on `pg_advisory_xact_lock(hashtext(board))`, and the second then sees what the first did (a log
 * that already starts at or after its `throughSeq` means its snapshot is stale: it does nothing), where
 * two unlocked transactions would both delete and then collide on the snapshot's key. Appends never
 * wait for it: they lock the board row, not this lock, and take numbers above `throughSeq`, which the
 * delete cannot reach, so an update appended during a compaction is never lost.
 */
async function compactLog(sql: Sql, boardId: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${boardId}))`;
    const [board] = await tx<{ last_seq: number; first_seq: number | null }[]>`
      SELECT last_seq, (SELECT min(seq) FROM updates WHERE board_id = ${boardId}) AS first_seq
      FROM boards WHERE id = ${boardId}`;
    if (!board) throw new BoardNotFoundError(boardId);
    if (throughSeq > board.last_seq) {
      throw new Error(`cannot compact board "${boardId}" through ${throughSeq}: its log ends at ${board.last_seq}`);
    }
    if (board.first_seq !== null && board.first_seq >= throughSeq) return;
    await tx`DELETE FROM updates WHERE board_id = ${boardId} AND seq <= ${throughSeq}`;
    await tx`INSERT INTO updates (board_id, seq, data) VALUES (${boardId}, ${throughSeq}, ${snapshot})`;
  });
}

/**
 * The server-class store: boards, their update logs and versions in PostgreSQL, shared by every server
 * instance that points at the same database and schema. Every write is committed before it resolves; the
 * appends of one event-loop turn share one transaction (group commit), and while it is in flight the next
 * turns' appends gather for the following one.
 *
 * @example
 * const store = await openPostgresStore({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/balanza' });
 * await store.create(id, Y.encodeStateAsUpdate(doc), info);
 * const seq = await store.append(id, update);
 * await store.close();
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const schema = checkSchemaName(options.schema ?? 'balanza');
  const sql = postgres(options.url, {
    max: options.maxConnections ?? 10,
    connection: { search_path: schema, application_name: 'balanza' },
    // `CREATE ... IF NOT EXISTS` answers with a notice on every start after the first.
    onnotice: () => {},
  });
  try {
    await createTables(sql, schema);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  const versions = postgresVersions(sql);
  const groupCommit = createGroupCommit((batch: PendingAppend[]) => appendBatch(sql, batch));

  return {
    async create(boardId, update, info) {
      await sql.begin((tx) => [
        tx`INSERT INTO boards (id, info, created_at, updated_at, last_seq)
           VALUES (${boardId}, ${tx.json({ ...info, id: boardId })}, ${info.createdAt}, ${info.updatedAt}, 1)`,
        tx`INSERT INTO updates (board_id, seq, data) VALUES (${boardId}, 1, ${update})`,
      ]);
    },
    async load(boardId): Promise<StoredBoard | null> {
      const [[board], rows] = await Promise.all([
        sql<BoardRow[]>`SELECT id, info, updated_at FROM boards WHERE id = ${boardId}`,
        sql<{ seq: number; data: Buffer }[]>`SELECT seq, data FROM updates WHERE board_id = ${boardId} ORDER BY seq`,
      ]);
      if (!board) return null;
      return { info: infoOf(board), updates: rows.map((row) => bytesOf(row.data)), lastSeq: rows.at(-1)?.seq ?? 0 };
    },
    append(boardId, update, now = Date.now()) {
      return groupCommit.add({ boardId, update, now });
    },
    compact(boardId, snapshot, throughSeq) {
      return compactLog(sql, boardId, snapshot, throughSeq);
    },
    async setInfo(boardId, info) {
      // Merged in the database, so two instances changing different fields keep both.
      const changed = await sql`
        UPDATE boards SET info = info || ${sql.json(info)} WHERE id = ${boardId}`;
      if (changed.count === 0) throw new BoardNotFoundError(boardId);
    },
    async list() {
      const rows = await sql<BoardRow[]>`SELECT id, info, updated_at FROM boards ORDER BY updated_at DESC, id`;
      return rows.map(infoOf);
    },
    addVersion(version, maxAuto = MAX_AUTO_VERSIONS) {
      return versions.add(version, maxAuto);
    },
    listVersions(boardId) {
      return versions.list(boardId);
    },
    loadVersion(boardId, versionId) {
      return versions.load(boardId, versionId);
    },
    async delete(boardId) {
      // The log and the versions go with the board (ON DELETE CASCADE).
      const deleted = await sql`DELETE FROM boards WHERE id = ${boardId}`;
      return deleted.count > 0;
    },
    async close() {
      await groupCommit.flushed();
      await sql.end({ timeout: 5 });
    },
  };
}
