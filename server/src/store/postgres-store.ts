import postgres, { type Sql, type TransactionSql } from 'postgres';
import { type CommitAnswers, createGroupCommit } from './group-commit.ts';
import { postgresDrafts } from './postgres-drafts.ts';
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

const infoOf = (row: BoardRow): BoardInfo => ({ ...row.info, id: row.id, updatedAt: Number(row.updated_at) });

const bytesOf = (data: Buffer): Uint8Array => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** PostgreSQL's type for an array of bytea, named so the client sends the updates as one parameter. */
const BYTEA_ARRAY = 1001;

/**
 * Appends updates to one board in one statement and answers the first sequence number, or null when
 * there is no such board. Updating the board's row takes the next numbers: its row lock orders the
 * appends of every server sharing the database, so two instances never take the same number.
 */
async function appendToBoard(
  sql: Sql | TransactionSql,
  boardId: string,
  updates: Uint8Array[],
  now: number,
): Promise<number | null> {
  const count = updates.length;
  const rows = await sql<{ seq: number }[]>`
    WITH board AS (
      UPDATE boards SET last_seq = last_seq + ${count}, updated_at = ${now}
      WHERE id = ${boardId} RETURNING id, last_seq
    )
    INSERT INTO updates (board_id, seq, data)
    SELECT board.id, board.last_seq - ${count} + u.n, u.data
    FROM board, unnest(${sql.array(updates, BYTEA_ARRAY)}::bytea[]) WITH ORDINALITY AS u(data, n)
    RETURNING seq`;
  return rows.length === 0 ? null : rows.reduce((first, row) => Math.min(first, row.seq), Number.POSITIVE_INFINITY);
}

/**
 * Commits a batch of appends, whatever their boards, at once: one statement for a batch of one board
 * (atomic on its own, one round trip), one transaction for several. A board that is gone fails its own
 * appends only.
 */
async function appendBatch(sql: Sql, batch: PendingAppend[]): Promise<CommitAnswers<number>> {
  const perBoard = new Map<string, { updates: Uint8Array[]; now: number }>();
  for (const { boardId, update, now } of batch) {
    const board = perBoard.get(boardId);
    if (board) {
      board.updates.push(update);
      board.now = Math.max(board.now, now);
    } else perBoard.set(boardId, { updates: [update], now });
  }
  // One lock order for every instance (sorted ids), so two batches never deadlock; sent pipelined.
  const boards = [...perBoard].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const appendAll = (to: Sql | TransactionSql) =>
    Promise.all(boards.map(([id, { updates, now }]) => appendToBoard(to, id, updates, now)));
  const firsts = boards.length === 1 ? await appendAll(sql) : await sql.begin((tx) => appendAll(tx));
  const nextSeq = new Map(boards.map(([id], i) => [id, firsts[i] ?? null]));
  return batch.map(({ boardId }) => {
    const seq = nextSeq.get(boardId);
    if (seq === null || seq === undefined) return new BoardNotFoundError(boardId);
    nextSeq.set(boardId, seq + 1);
    return seq;
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
  const drafts = postgresDrafts(sql);
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
    async bindClients(boardId, bindings) {
      if (bindings.size === 0) return;
      const [clients, members] = [[...bindings.keys()], [...bindings.values()]];
      // Selecting from boards makes an unknown board bind nothing; the first member to write under an id keeps it.
      await sql.begin(async (tx) => {
        const [board] = await tx`SELECT 1 FROM boards WHERE id = ${boardId} FOR SHARE`;
        if (!board) throw new BoardNotFoundError(boardId);
        await tx`
          INSERT INTO client_members (board_id, client_id, member_id)
          SELECT ${boardId}, client, member FROM unnest(${clients}::bigint[], ${members}::text[]) AS t(client, member)
          ON CONFLICT (board_id, client_id) DO NOTHING`;
      });
    },
    async clientMembers(boardId) {
      const rows = await sql<{ client_id: string; member_id: string }[]>`
        SELECT client_id, member_id FROM client_members WHERE board_id = ${boardId}`;
      return new Map(rows.map((row) => [Number(row.client_id), row.member_id]));
    },
    loadDrafts: (boardId, memberId) => drafts.load(boardId, memberId),
    appendDrafts: (boardId, memberId, update) => drafts.append(boardId, memberId, update),
    compactDrafts: (boardId, memberId, snapshot, throughSeq) => drafts.compact(boardId, memberId, snapshot, throughSeq),
    draftMembers: (boardId) => drafts.members(boardId),
    async ping() {
      await sql`SELECT 1`;
    },
    async delete(boardId) {
      // The log, the versions and the private documents go with the board (ON DELETE CASCADE).
      const deleted = await sql`DELETE FROM boards WHERE id = ${boardId}`;
      return deleted.count > 0;
    },
    async close() {
      await groupCommit.flushed();
      await sql.end({ timeout: 5 });
    },
  };
}
