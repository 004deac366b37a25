import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '@balanza/model';
import postgres from 'postgres';
import { checkSchemaName } from '../store/postgres-schema.ts';
import { ChangeListeners, LinkMemory, type LinkStore, newLink, type ShareLink } from './links.ts';

export interface PostgresLinksOptions {
  url: string;
  /** The schema of the PostgreSQL store (default `balanza`): links live beside the boards. */
  schema?: string;
}

const TABLES = `
CREATE TABLE IF NOT EXISTS share_links (
  id text PRIMARY KEY,
  board_id text NOT NULL,
  role text NOT NULL,
  created_at bigint NOT NULL,
  revoked_at bigint
);
CREATE INDEX IF NOT EXISTS share_links_by_board ON share_links (board_id);
ALTER TABLE share_links ADD COLUMN IF NOT EXISTS name text;
ALTER TABLE share_links ADD COLUMN IF NOT EXISTS color text;
ALTER TABLE share_links ADD COLUMN IF NOT EXISTS last_seen_at bigint;
ALTER TABLE share_links ADD COLUMN IF NOT EXISTS via text;
CREATE TABLE IF NOT EXISTS public_boards (
  board_id text PRIMARY KEY,
  role text NOT NULL
);
CREATE TABLE IF NOT EXISTS server_secret (
  id integer PRIMARY KEY CHECK (id = 1),
  secret text NOT NULL
);
`;

/** The same number in every instance: one of several starting instances creates the tables. */
const TABLES_LOCK = 0x6c696e6b;

interface LinkRow {
  id: string;
  board_id: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
  name: string | null;
  color: string | null;
  last_seen_at: string | null;
  via: string | null;
}

const roleOf = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value)) throw new Error(`a stored link has an unknown role "${value}"`);
  return value as Role;
};

const linkOf = (row: LinkRow): ShareLink => ({
  id: row.id,
  boardId: row.board_id,
  role: roleOf(row.role),
  createdAt: Number(row.created_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  name: row.name,
  color: row.color,
  lastSeenAt: row.last_seen_at === null ? null : Number(row.last_seen_at),
  via: row.via,
});

/**
 * Share links, public boards and the signing secret in PostgreSQL, where every instance reads them.
 * Each instance holds them in memory for its synchronous reads; a change is committed, then announced
 * with NOTIFY, and every instance re-reads that board's links. A link another instance made a moment
 * ago and not yet announced is read on demand (`fetch`), so its token works on any instance at once.
 *
 * @example
 * const { links, secret } = await openPostgresLinks({ url: process.env.DATABASE_URL });
 * const access = new Access({ secret, links, openPublicBoards: false });
 */
export async function openPostgresLinks(
  options: PostgresLinksOptions,
  /** `BALANZA_SECRET` when set: then it is used instead of the one kept in the database. */
  givenSecret?: string,
): Promise<{ links: LinkStore; secret: Buffer }> {
  const schema = checkSchemaName(options.schema ?? 'balanza');
  const sql = postgres(options.url, {
    max: 2,
    connection: { search_path: schema, application_name: 'balanza-links' },
    onnotice: () => {},
  });
  const channel = `${schema}_links`;
  try {
    await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${TABLES_LOCK})`;
      await tx`CREATE SCHEMA IF NOT EXISTS ${tx(schema)}`;
      await tx.unsafe(`SET LOCAL search_path TO ${schema}`);
      await tx.unsafe(TABLES);
      // The first instance to start makes the secret; every other one reads the same.
      await tx`INSERT INTO server_secret (id, secret) VALUES (1, ${randomBytes(32).toString('base64url')}) ON CONFLICT (id) DO NOTHING`;
    });
    const memory = new LinkMemory();
    const changes = new ChangeListeners();
    const readBoard = async (boardId: string) => {
      const rows = await sql<LinkRow[]>`SELECT * FROM share_links WHERE board_id = ${boardId}`;
      const [open] = await sql<{ role: string }[]>`SELECT role FROM public_boards WHERE board_id = ${boardId}`;
      memory.replaceBoard(boardId, rows.map(linkOf), open ? roleOf(open.role) : undefined);
      changes.emit(boardId);
    };
    // Listen before the first read: a change made in between is announced and read again.
    const listening = await sql.listen(channel, (boardId) => {
      readBoard(boardId).catch(() => {});
    });
    for (const row of await sql<LinkRow[]>`SELECT * FROM share_links`) memory.add(linkOf(row));
    for (const row of await sql<{ board_id: string; role: string }[]>`SELECT * FROM public_boards`)
      memory.setPublic(row.board_id, roleOf(row.role));
    const [stored] = await sql<{ secret: string }[]>`SELECT secret FROM server_secret WHERE id = 1`;
    const secret = givenSecret ?? stored?.secret ?? '';
    if (secret.length < 32) throw new Error('the signing secret must be at least 32 characters long');

    /** Runs a change of one board's links in a transaction that announces it when it commits. */
    const change = (boardId: string, write: (tx: postgres.TransactionSql) => Promise<unknown>) =>
      sql.begin(async (tx) => {
        await write(tx);
        await tx`SELECT pg_notify(${channel}, ${boardId})`;
      });

    const links: LinkStore = {
      async create(boardId, role, options) {
        let link = newLink(boardId, role, options);
        let inserted = false;
        await change(boardId, async (tx) => {
          const insert = () =>
            tx`INSERT INTO share_links (id, board_id, role, created_at, name, color, via)
              VALUES (${link.id}, ${boardId}, ${role}, ${link.createdAt}, ${link.name}, ${link.color}, ${link.via})
              ON CONFLICT (id) DO NOTHING RETURNING id`;
          inserted = (await insert()).length > 0;
          // An id asked for that a link already has (on any instance) is not taken over: a new one.
          if (!inserted && options?.id !== undefined) {
            link = newLink(boardId, role, { ...options, id: undefined });
            inserted = (await insert()).length > 0;
          }
        });
        if (!inserted) throw new Error(`a share link with id "${link.id}" exists already`);
        return memory.add(link);
      },
      async update(boardId, linkId, patch) {
        let found = false;
        await change(boardId, async (tx) => {
          const rows = await tx`UPDATE share_links SET name = COALESCE(${patch.name ?? null}, name),
              color = COALESCE(${patch.color ?? null}, color), role = COALESCE(${patch.role ?? null}, role)
            WHERE id = ${linkId} AND board_id = ${boardId} RETURNING id`;
          found = rows.length > 0;
        });
        return found ? memory.update(boardId, linkId, patch) : undefined;
      },
      seen(linkId, now = Date.now()) {
        // Not announced: other instances learn it the next time they re-read the board's links.
        if (memory.seen(linkId, now))
          sql`UPDATE share_links SET last_seen_at = ${now} WHERE id = ${linkId}`.catch(() => {});
      },
      onChange: (listener) => changes.add(listener),
      get: (linkId) => memory.get(linkId),
      async fetch(linkId) {
        const [row] = await sql<LinkRow[]>`SELECT * FROM share_links WHERE id = ${linkId}`;
        return row ? memory.add(linkOf(row)) : undefined;
      },
      list: (boardId) => memory.list(boardId),
      async revoke(boardId, linkId, now = Date.now()) {
        let found = false;
        await change(boardId, async (tx) => {
          const rows = await tx`UPDATE share_links SET revoked_at = COALESCE(revoked_at, ${now})
            WHERE id = ${linkId} AND board_id = ${boardId} RETURNING id`;
          found = rows.length > 0;
        });
        if (found) memory.revoke(boardId, linkId, now);
        return found;
      },
      async deleteBoard(boardId) {
        await change(boardId, async (tx) => {
          await tx`DELETE FROM share_links WHERE board_id = ${boardId}`;
          await tx`DELETE FROM public_boards WHERE board_id = ${boardId}`;
        });
        memory.deleteBoard(boardId);
      },
      async setPublic(boardId, role) {
        await change(boardId, (tx) =>
          role
            ? tx`INSERT INTO public_boards (board_id, role) VALUES (${boardId}, ${role})
                ON CONFLICT (board_id) DO UPDATE SET role = ${role}`
            : tx`DELETE FROM public_boards WHERE board_id = ${boardId}`,
        );
        memory.setPublic(boardId, role);
      },
      publicRole: (boardId) => memory.publicRole(boardId),
      publicBoards: () => memory.publicBoards(),
      async close() {
        await listening.unlisten();
        await sql.end({ timeout: 5 });
      },
    };
    return { links, secret: Buffer.from(secret, 'utf8') };
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
}
