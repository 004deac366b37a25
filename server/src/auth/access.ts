import { type ListedLink, MEMBER_PALETTE, type Member } from '@balanza/api';
import { atLeast, type Role } from '@balanza/model';
import type { LinkPatch, LinkStore, ShareLink } from './links.ts';
import { signToken, verifyToken } from './tokens.ts';

export interface AccessOptions {
  secret: Buffer;
  links: LinkStore;
  /** Honour boards opened without a token (the demo board); true only on a loopback server. */
  openPublicBoards: boolean;
}

/** Who holds a token: its role, and its link (null on a public board opened without one). */
export interface Holder {
  role: Role;
  link: ShareLink | null;
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
    return (await this.holderOf(boardId, token))?.role ?? null;
  }

  /**
   * Who holds `token` on `boardId`: its role and its link (a member's own link when `link.name` is set),
   * or the public role with no link; null when the token gives nothing.
   */
  async holderOf(boardId: string, token: string | undefined): Promise<Holder | null> {
    if (token) {
      const claims = verifyToken(this.options.secret, token);
      // A well-signed token of a link this instance has not heard of: another instance may have just made it.
      const link = claims
        ? (this.options.links.get(claims.linkId) ?? (await this.options.links.fetch(claims.linkId)))
        : undefined;
      if (claims && link && link.revokedAt === null && link.boardId === boardId && claims.boardId === boardId) {
        return { role: link.role, link };
      }
    }
    const role = this.options.openPublicBoards ? this.options.links.publicRole(boardId) : undefined;
    return role ? { role, link: null } : null;
  }

  /** The link `linkId` of `boardId` if it is still good: how a connection checks that its holder still may. */
  currentLink(boardId: string, linkId: string): ShareLink | null {
    const link = this.options.links.get(linkId);
    return link && link.boardId === boardId && link.revokedAt === null ? link : null;
  }

  /** The facilitator invites a person by name: a member of their own, with the token that names them. */
  async invite(boardId: string, member: { name: string; role: Role; color?: string }) {
    const color = member.color ?? this.nextColor(boardId);
    const link = await this.options.links.create(boardId, member.role, {
      member: { name: member.name, color, via: null },
    });
    return { member: this.memberOf(link, true), token: this.tokenOf(link) };
  }

  /**
   * Whoever opens a role link ("anyone with this link") becomes a member of their own, with the link's
   * role; null when `holder` is no role link (a member's token, or a public board). `person.id`: the
   * provisional id the page wrote under before joining; the member gets it unless a link has it or the
   * board already names it as an author (`namedOnBoard`), so what the page wrote offline is its own ([MEMBER-7]).
   */
  async join(
    boardId: string,
    holder: Holder,
    person: { name: string; color?: string; id?: string },
    namedOnBoard: (id: string) => Promise<boolean> = async () => true,
  ) {
    if (!holder.link || holder.link.name !== null) return null;
    const color = person.color ?? this.nextColor(boardId);
    const wanted = person.id;
    const free =
      wanted !== undefined &&
      this.options.links.get(wanted) === undefined &&
      (await this.options.links.fetch(wanted)) === undefined &&
      !(await namedOnBoard(wanted));
    const link = await this.options.links.create(boardId, holder.link.role, {
      ...(free ? { id: wanted } : {}),
      member: { name: person.name, color, via: holder.link.id },
    });
    return { member: this.memberOf(link, true), token: this.tokenOf(link) };
  }

  /** A board's members, newest first; tokens only for the facilitator and for each member's own entry. */
  members(boardId: string, asker: Holder): Member[] {
    return this.options.links
      .list(boardId)
      .filter((link) => link.name !== null)
      .map((link) => this.memberOf(link, asker.role === 'facilitator' || asker.link?.id === link.id));
  }

  member(boardId: string, memberId: string, withToken = false): Member | null {
    const link = this.options.links.get(memberId);
    return link && link.boardId === boardId && link.name !== null ? this.memberOf(link, withToken) : null;
  }

  updateMember(boardId: string, memberId: string, patch: LinkPatch): Promise<ShareLink | undefined> {
    return this.options.links.update(boardId, memberId, patch);
  }

  /** Notes that a link's holder opened the board (the member list's "last seen"). */
  seen(linkId: string): void {
    this.options.links.seen(linkId);
  }

  onLinksChange(listener: (boardId: string) => void): () => void {
    return this.options.links.onChange(listener);
  }

  private memberOf(link: ShareLink, withToken: boolean): Member {
    return {
      id: link.id,
      name: link.name ?? '',
      color: link.color ?? MEMBER_PALETTE[0],
      role: link.role,
      createdAt: link.createdAt,
      lastSeenAt: link.lastSeenAt,
      revokedAt: link.revokedAt,
      via: link.via,
      token: withToken && link.revokedAt === null ? this.tokenOf(link) : null,
    };
  }

  /** The palette's colours in turn, so the members of a board start apart. */
  private nextColor(boardId: string): string {
    const count = this.options.links.list(boardId).filter((link) => link.name !== null).length;
    return MEMBER_PALETTE[count % MEMBER_PALETTE.length] ?? MEMBER_PALETTE[0];
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

  /** The role links of a board ("anyone with this link"); members are listed by `members`. */
  listLinks(boardId: string): ListedLink[] {
    const creator = this.creatorLinkId(boardId);
    const roleLinks = this.options.links.list(boardId).filter((link) => link.name === null);
    return roleLinks.map((link) => ({
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
    // A role link is often revoked because it went too far: the members who joined through it go with it.
    for (const member of this.options.links.list(boardId))
      if (member.via === linkId && member.revokedAt === null) await this.options.links.revoke(boardId, member.id);
    return 'revoked';
  }

  private creatorLinkId(boardId: string): string | undefined {
    const facilitators = this.options.links
      .list(boardId)
      .filter((link) => link.role === 'facilitator' && link.name === null);
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
