import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareLink } from '@balanza/api';
import { newId, ROLES, type Role } from '@balanza/model';
import { z } from 'zod';

/** One share link: a role on a board, until revoked (@balanza/api). The token itself is derived, never stored. */
export type { ShareLink };

/**
 * Share links and which boards are open without a token. Reads are synchronous, from memory (checked on
 * every request and connection); writes are rare (create, revoke) and durable before they resolve. With
 * several instances (the PostgreSQL link store) a link another instance just made may not be in memory
 * yet: `fetch` reads it from where links are kept.
 */
export interface LinkStore {
  create(boardId: string, role: Role, now?: number): Promise<ShareLink>;
  get(linkId: string): ShareLink | undefined;
  /** A link that is not in memory (made by another instance), read from where links are kept. */
  fetch(linkId: string): Promise<ShareLink | undefined>;
  /** A board's links, newest first, revoked ones included. */
  list(boardId: string): ShareLink[];
  /** False when the board has no such link. */
  revoke(boardId: string, linkId: string, now?: number): Promise<boolean>;
  /** Forgets every link of a deleted board. */
  deleteBoard(boardId: string): Promise<void>;
  /** Opens a board to anyone with `role` (null closes it); only honoured on a loopback server. */
  setPublic(boardId: string, role: Role | null): Promise<void>;
  publicRole(boardId: string): Role | undefined;
  publicBoards(): string[];
  close(): Promise<void>;
}

const fileSchema = z.object({
  version: z.literal(1),
  links: z.array(
    z.object({
      id: z.string(),
      boardId: z.string(),
      role: z.enum(ROLES),
      createdAt: z.number(),
      revokedAt: z.number().nullable(),
    }),
  ),
  public: z.record(z.string(), z.enum(ROLES)),
});
type LinkFile = z.infer<typeof fileSchema>;

/** Links kept in memory only: for tests and throwaway servers. */
export const createMemoryLinkStore = (): LinkStore => linkStore({ version: 1, links: [], public: {} }, () => undefined);

/** Links kept in `<dataDir>/links.json` (mode 0600), rewritten atomically on every change. */
export function openFileLinkStore(dataDir: string): LinkStore {
  const file = join(dataDir, 'links.json');
  let data: LinkFile = { version: 1, links: [], public: {} };
  if (existsSync(file)) {
    const parsed = fileSchema.safeParse(safeJson(readFileSync(file, 'utf8')));
    if (!parsed.success)
      throw new Error(`${file} is damaged (${parsed.error.issues[0]?.message}); restore it from a backup`);
    data = parsed.data;
  }
  return linkStore(data, (next) => {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(next), { mode: 0o600 });
    renameSync(temp, file);
  });
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** The links of one process, in memory, saved whole by `save` after every change. */
function linkStore(data: LinkFile, save: (data: LinkFile) => void): LinkStore {
  const links = new LinkMemory(data.links, Object.entries(data.public));
  const persist = () => save(links.toFile());
  return {
    async create(boardId, role, now = Date.now()) {
      const link = links.add({ id: newId(), boardId, role, createdAt: now, revokedAt: null });
      persist();
      return link;
    },
    get: (linkId) => links.get(linkId),
    fetch: async (linkId) => links.get(linkId),
    list: (boardId) => links.list(boardId),
    async revoke(boardId, linkId, now = Date.now()) {
      const revoked = links.revoke(boardId, linkId, now);
      if (revoked) persist();
      return revoked;
    },
    async deleteBoard(boardId) {
      links.deleteBoard(boardId);
      persist();
    },
    async setPublic(boardId, role) {
      links.setPublic(boardId, role);
      persist();
    },
    publicRole: (boardId) => links.publicRole(boardId),
    publicBoards: () => links.publicBoards(),
    async close() {},
  };
}

/** Links and public boards held in memory: what every link store reads from. */
export class LinkMemory {
  private readonly byId: Map<string, ShareLink>;
  private readonly publicRoles: Map<string, Role>;

  constructor(links: ShareLink[] = [], publicRoles: Array<[string, Role]> = []) {
    this.byId = new Map(links.map((link) => [link.id, { ...link }]));
    this.publicRoles = new Map(publicRoles);
  }

  add(link: ShareLink): ShareLink {
    this.byId.set(link.id, { ...link });
    return { ...link };
  }

  get(linkId: string): ShareLink | undefined {
    const link = this.byId.get(linkId);
    return link && { ...link };
  }

  list(boardId: string): ShareLink[] {
    return [...this.byId.values()]
      .filter((link) => link.boardId === boardId)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((link) => ({ ...link }));
  }

  revoke(boardId: string, linkId: string, now: number): boolean {
    const link = this.byId.get(linkId);
    if (!link || link.boardId !== boardId) return false;
    link.revokedAt ??= now;
    return true;
  }

  /** Replaces what is held of one board (its links and public role), as read from the shared store. */
  replaceBoard(boardId: string, links: ShareLink[], role: Role | undefined): void {
    this.deleteBoard(boardId);
    for (const link of links) this.add(link);
    if (role) this.publicRoles.set(boardId, role);
  }

  deleteBoard(boardId: string): void {
    for (const link of [...this.byId.values()]) if (link.boardId === boardId) this.byId.delete(link.id);
    this.publicRoles.delete(boardId);
  }

  setPublic(boardId: string, role: Role | null): void {
    if (role) this.publicRoles.set(boardId, role);
    else this.publicRoles.delete(boardId);
  }

  publicRole(boardId: string): Role | undefined {
    return this.publicRoles.get(boardId);
  }

  publicBoards(): string[] {
    return [...this.publicRoles.keys()];
  }

  toFile(): LinkFile {
    return { version: 1, links: [...this.byId.values()], public: Object.fromEntries(this.publicRoles.entries()) };
  }
}
