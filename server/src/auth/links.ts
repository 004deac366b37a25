import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareLink } from '@balanza/api';
import { newId, ROLES, type Role } from '@balanza/model';
import { z } from 'zod';

/** One share link: a role on a board, until revoked (@balanza/api). The token itself is derived, never stored. */
export type { ShareLink };

/**
 * Share links and which boards are open without a token. Reads are synchronous (checked on every
 * request and connection); writes are rare (create, revoke) and durable before they return.
 */
export interface LinkStore {
  create(boardId: string, role: Role, now?: number): ShareLink;
  get(linkId: string): ShareLink | undefined;
  /** A board's links, newest first, revoked ones included. */
  list(boardId: string): ShareLink[];
  /** False when the board has no such link. */
  revoke(boardId: string, linkId: string, now?: number): boolean;
  /** Forgets every link of a deleted board. */
  deleteBoard(boardId: string): void;
  /** Opens a board to anyone with `role` (null closes it); only honoured on a loopback server. */
  setPublic(boardId: string, role: Role | null): void;
  publicRole(boardId: string): Role | undefined;
  publicBoards(): string[];
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

function linkStore(data: LinkFile, save: (data: LinkFile) => void): LinkStore {
  const byId = new Map(data.links.map((link) => [link.id, link]));
  const publicRoles = new Map(Object.entries(data.public));
  const persist = () =>
    save({ version: 1, links: [...byId.values()], public: Object.fromEntries(publicRoles.entries()) });
  return {
    create(boardId, role, now = Date.now()) {
      const link: ShareLink = { id: newId(), boardId, role, createdAt: now, revokedAt: null };
      byId.set(link.id, link);
      persist();
      return { ...link };
    },
    get: (linkId) => byId.get(linkId),
    list: (boardId) =>
      [...byId.values()]
        .filter((link) => link.boardId === boardId)
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((link) => ({ ...link })),
    revoke(boardId, linkId, now = Date.now()) {
      const link = byId.get(linkId);
      if (!link || link.boardId !== boardId) return false;
      link.revokedAt ??= now;
      persist();
      return true;
    },
    deleteBoard(boardId) {
      for (const link of [...byId.values()]) if (link.boardId === boardId) byId.delete(link.id);
      publicRoles.delete(boardId);
      persist();
    },
    setPublic(boardId, role) {
      if (role) publicRoles.set(boardId, role);
      else publicRoles.delete(boardId);
      persist();
    },
    publicRole: (boardId) => publicRoles.get(boardId),
    publicBoards: () => [...publicRoles.keys()],
  };
}
