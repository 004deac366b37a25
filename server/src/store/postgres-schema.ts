import type { Sql } from 'postgres';

/**
 * The tables of the PostgreSQL store, in their own schema. `last_seq` is the end of a board's log: an
 * append takes the next numbers by updating it, and that row lock orders the appends of every instance.
 * `saved` keeps the order versions were saved in (SQLite's rowid), which breaks ties of `created_at`.
 */
const TABLES = `
CREATE TABLE IF NOT EXISTS boards (
  id text PRIMARY KEY,
  info jsonb NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  last_seq integer NOT NULL
);
CREATE INDEX IF NOT EXISTS boards_by_update ON boards (updated_at DESC, id);
CREATE TABLE IF NOT EXISTS updates (
  board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (board_id, seq)
);
CREATE TABLE IF NOT EXISTS versions (
  board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id text NOT NULL,
  name text,
  auto boolean NOT NULL,
  created_at bigint NOT NULL,
  created_by text,
  saved bigint GENERATED ALWAYS AS IDENTITY,
  data bytea NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS versions_by_time ON versions (board_id, created_at);
CREATE TABLE IF NOT EXISTS drafts (
  board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  member_id text NOT NULL,
  seq integer NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (board_id, member_id, seq)
);
CREATE TABLE IF NOT EXISTS client_members (
  board_id text NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  client_id bigint NOT NULL,
  member_id text NOT NULL,
  PRIMARY KEY (board_id, client_id)
);
`;

/** Any number, the same in every instance: the lock that lets one of several starting instances create the tables. */
const SCHEMA_LOCK = 0x62616c61;

/** A plain identifier, so it can go into `search_path` and DDL as it is. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`the PostgreSQL schema name "${schema}" must be lower-case letters, digits and _`);
  }
  return schema;
}

/**
 * Creates the schema and its tables when missing. Instances that start together take turns (concurrent
 * `CREATE ... IF NOT EXISTS` can still collide in PostgreSQL's catalogue).
 */
export async function createTables(sql: Sql, schema: string): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`;
    await tx`CREATE SCHEMA IF NOT EXISTS ${tx(schema)}`;
    await tx.unsafe(`SET LOCAL search_path TO ${schema}`);
    await tx.unsafe(TABLES);
  });
}
