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
  /** A role link, or with `member` a member's own link (named, coloured, maybe joined through role link `via`). */
  create(boardId: string, role: Role, options?: NewLinkOptions): Promise<ShareLink>;
  /** Renames, recolours or changes the role of a link; undefined when the board has no such link. */
  update(boardId: string, linkId: string, patch: LinkPatch): Promise<ShareLink | undefined>;
  /** Notes that the link's holder opened the board; kept at most once a minute per link (best effort). */
  seen(linkId: string, now?: number): void;
  /** Calls `listener` with a board's id after its links changed here or on another instance. */
  onChange(listener: (boardId: string) => void): () => void;
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

export interface NewLinkOptions {
  now?: number;
  /** The link's id, when the caller has one that no link has (a member's provisional id, [MEMBER-7]). */
  id?: string;
  member?: { name: string; color: string; via: string | null };
}
export type LinkPatch = Partial<Pick<ShareLink, 'name' | 'color' | 'role'>>;

/** How often a link's last-seen time is written: opening a board again within a minute changes nothing. */
export const SEEN_EVERY_MS = 60_000;

/** The link a store makes for `create`. */
export function newLink(boardId: string, role: Role, { now = Date.now(), member, id }: NewLinkOptions = {}): ShareLink {
  return {
    id: id ?? newId(),
    boardId,
    role,
    createdAt: now,
    revokedAt: null,
    name: member?.name ?? null,
    color: member?.color ?? null,
    lastSeenAt: null,
    via: member?.via ?? null,
  };
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
      // Members came later: links saved before them are role links.
      name: z.string().nullable().default(null),
      color: z.string().nullable().default(null),
      lastSeenAt: z.number().nullable().default(null),
      via: z.string().nullable().default(null),
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
  const changes = new ChangeListeners();
  const persist = (boardId: string) => {
    save(links.toFile());
    changes.emit(boardId);
  };
  return {
    async create(boardId, role, options) {
      // An id asked for that a link already has is not taken over: the link gets a new one.
      const free = options?.id === undefined || links.get(options.id) === undefined;
      const link = links.add(newLink(boardId, role, free ? options : { ...options, id: undefined }));
      persist(boardId);
      return link;
    },
    async update(boardId, linkId, patch) {
      const link = links.update(boardId, linkId, patch);
      if (link) persist(boardId);
      return link;
    },
    seen(linkId, now = Date.now()) {
      if (links.seen(linkId, now)) save(links.toFile());
    },
    onChange: (listener) => changes.add(listener),
    get: (linkId) => links.get(linkId),
    fetch: async (linkId) => links.get(linkId),
    list: (boardId) => links.list(boardId),
    async revoke(boardId, linkId, now = Date.now()) {
      const revoked = links.revoke(boardId, linkId, now);
      if (revoked) persist(boardId);
      return revoked;
    },
    async deleteBoard(boardId) {
      links.deleteBoard(boardId);
      persist(boardId);
    },
    async setPublic(boardId, role) {
      links.setPublic(boardId, role);
      persist(boardId);
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

  update(boardId: string, linkId: string, patch: LinkPatch): ShareLink | undefined {
    const link = this.byId.get(linkId);
    if (!link || link.boardId !== boardId) return undefined;
    if (patch.name !== undefined) link.name = patch.name;
    if (patch.color !== undefined) link.color = patch.color;
    if (patch.role !== undefined) link.role = patch.role;
    return { ...link };
  }

  /** Records a visit; true when it is worth saving (the first in a minute). */
  seen(linkId: string, now: number): boolean {
    const link = this.byId.get(linkId);
    if (!link || (link.lastSeenAt !== null && now - link.lastSeenAt < SEEN_EVERY_MS)) return false;
    link.lastSeenAt = now;
    return true;
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

/** Who wants to hear of a board's link changes. */
export class ChangeListeners {
  private readonly listeners = new Set<(boardId: string) => void>();

  add(listener: (boardId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(boardId: string): void {
    for (const listener of this.listeners) listener(boardId);
  }
}
