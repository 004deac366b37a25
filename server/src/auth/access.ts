import type { ListedLink } from '@balanza/api';
import { atLeast, type Role } from '@balanza/model';
import type { LinkStore, ShareLink } from './links.ts';
import { signToken, verifyToken } from './tokens.ts';

export interface AccessOptions {
  secret: Buffer;
  links: LinkStore;
  /** Honour boards opened without a token (the demo board); true only on a loopback server. */
  openPublicBoards: boolean;
}

/** Most tokens one board-list request may carry (one per board this browser holds). */
const MAX_LIST_TOKENS = 200;

/**
 * Who may do what on which board. A token is good for its board while its link is not revoked; a
 * board opened to the public (the local demo) gives its public role to requests without a good token.
 */
export class Access {
  constructor(private readonly options: AccessOptions) {}

  /** The role `token` gives on `boardId`, or null: then the caller gets nothing of the board. */
  async roleFor(boardId: string, token: string | undefined): Promise<Role | null> {
    if (token) {
      const claims = verifyToken(this.options.secret, token);
      // A well-signed token of a link this instance has not heard of: another instance may have just made it.
      const link = claims
        ? (this.options.links.get(claims.linkId) ?? (await this.options.links.fetch(claims.linkId)))
        : undefined;
      if (claims && link && link.revokedAt === null && link.boardId === boardId && claims.boardId === boardId) {
        return link.role;
      }
    }
    return this.options.openPublicBoards ? (this.options.links.publicRole(boardId) ?? null) : null;
  }

  async allows(boardId: string, token: string | undefined, needed: Role): Promise<boolean> {
    const role = await this.roleFor(boardId, token);
    return role !== null && atLeast(role, needed);
  }

  /** Creates a share link and its token. */
  async createLink(boardId: string, role: Role): Promise<{ link: ShareLink; token: string }> {
    const link = await this.options.links.create(boardId, role);
    return { link, token: this.tokenOf(link) };
  }

  listLinks(boardId: string): ListedLink[] {
    const creator = this.creatorLinkId(boardId);
    return this.options.links.list(boardId).map((link) => ({
      ...link,
      token: link.revokedAt === null ? this.tokenOf(link) : null,
      creator: link.id === creator,
    }));
  }

  async revoke(boardId: string, linkId: string): Promise<'revoked' | 'not_found' | 'facilitator'> {
    const link = this.options.links.get(linkId);
    if (!link || link.boardId !== boardId) return 'not_found';
    // The creator's link (the board's first facilitator link) is how the board is run: revoking it could
    // lock everyone out of sharing. Facilitator links handed on later can be revoked.
    if (link.id === this.creatorLinkId(boardId)) return 'facilitator';
    await this.options.links.revoke(boardId, linkId);
    return 'revoked';
  }

  private creatorLinkId(boardId: string): string | undefined {
    const facilitators = this.options.links.list(boardId).filter((link) => link.role === 'facilitator');
    return facilitators.at(-1)?.id; // the list is newest first
  }

  hasFacilitatorLink(boardId: string): boolean {
    return this.options.links.list(boardId).some((link) => link.role === 'facilitator' && link.revokedAt === null);
  }

  forgetBoard(boardId: string): Promise<void> {
    return this.options.links.deleteBoard(boardId);
  }

  setPublic(boardId: string, role: Role | null): Promise<void> {
    return this.options.links.setPublic(boardId, role);
  }

  /** The boards a set of tokens opens (with the best role for each), plus the public ones. */
  async visibleBoards(tokens: string[]): Promise<Map<string, Role>> {
    const visible = new Map<string, Role>();
    if (this.options.openPublicBoards) {
      for (const boardId of this.options.links.publicBoards()) {
        const role = this.options.links.publicRole(boardId);
        if (role) visible.set(boardId, role);
      }
    }
    for (const token of tokens.slice(0, MAX_LIST_TOKENS)) {
      const claims = verifyToken(this.options.secret, token);
      if (!claims) continue;
      const role = await this.roleFor(claims.boardId, token);
      const known = visible.get(claims.boardId);
      if (role && (!known || atLeast(role, known))) visible.set(claims.boardId, role);
    }
    return visible;
  }

  private tokenOf(link: ShareLink): string {
    return signToken(this.options.secret, { boardId: link.boardId, linkId: link.id, role: link.role });
  }
}

/** True for addresses only this machine can reach. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
