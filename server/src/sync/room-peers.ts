import type { Role } from '@balanza/model';
import type { Logger } from '../log.ts';
import type { ClientMembers } from './client-members.ts';
import { CLOSE, type Peer, type PeerHolder } from './peer.ts';
import { checkUpdate } from './permissions.ts';
import type { DecodedUpdate } from './update-roots.ts';

/** A connection in a room: its role and holder, and how many of its updates were refused. */
interface PeerState extends PeerHolder {
  role: Role;
  refused: number;
}

/** An update received from a peer, waiting for the end of the turn to be checked and applied. */
export interface Incoming {
  peer: Peer;
  role: Role;
  memberId: string | null;
  update: Uint8Array;
  decoded: DecodedUpdate;
}

/**
 * The connections of one board and what each may do: its role, the member it belongs to, and the checks
 * an update or a presence change of theirs must pass before the room applies it.
 */
export class RoomPeers {
  private readonly states = new Map<Peer, PeerState>();
  /** How many updates were refused for lack of rights (for tests and metrics). */
  refusedCount = 0;

  constructor(
    private readonly boardId: string,
    private readonly log: Logger,
    private readonly clients?: ClientMembers,
  ) {}

  get size(): number {
    return this.states.size;
  }

  keys(): IterableIterator<Peer> {
    return this.states.keys();
  }

  add(peer: Peer, role: Role, holder: PeerHolder): void {
    this.states.set(peer, { role, refused: 0, ...holder });
  }

  has(peer: Peer): boolean {
    return this.states.has(peer);
  }

  delete(peer: Peer): boolean {
    return this.states.delete(peer);
  }

  clear(): void {
    this.states.clear();
  }

  /** An update of `peer` as the inbox holds it, or null when the peer has left. */
  incoming(peer: Peer, update: Uint8Array, decoded: DecodedUpdate): Incoming | null {
    const state = this.states.get(peer);
    return state ? { peer, role: state.role, memberId: state.memberId, update, decoded } : null;
  }

  /** The member a peer's presence must show ([MEMBER-2]); undefined when the peer has left. */
  memberOf(peer: Peer): string | null | undefined {
    return this.states.get(peer)?.memberId;
  }

  /**
   * May this update be applied, on the document as it is now? The role ([AUTH-4]–[AUTH-6]), the authored
   * fields ([MEMBER-2], [MEMBER-3]) and the client id ([MEMBER-4]); an accepted member's update binds its ids.
   */
  permits({ peer, role, memberId, decoded }: Incoming, doc: Parameters<typeof checkUpdate>[1]): boolean {
    const checked = checkUpdate(role, doc, () => decoded, memberId);
    const clientRefusal = checked.ok && memberId !== null ? this.clients?.refusal(memberId, decoded) : null;
    const reason = clientRefusal ?? (checked.ok ? null : checked.reason);
    if (reason === null) {
      if (memberId !== null) this.clients?.bind(memberId, decoded);
      return true;
    }
    this.refusedCount++;
    this.noteRefused(peer, { role, reason }, 'update refused');
    return false;
  }

  /** Logs a refusal once per connection: a viewer's client re-sends its state on every sync, which is no news. */
  noteRefused(peer: Peer, details: Record<string, unknown>, what: string): void {
    const state = this.states.get(peer);
    if (state && ++state.refused === 1) this.log.info({ board: this.boardId, ...details }, what);
  }

  /**
   * After the board's links changed: the peers whose link was revoked (to close with 4403) or whose role
   * changed (4501, to reconnect with the new one). `roleOf` is a link's role now, null when it is no good.
   */
  stale(roleOf: (linkId: string) => Role | null): Array<{ peer: Peer; code: number; reason: string }> {
    const stale: Array<{ peer: Peer; code: number; reason: string }> = [];
    for (const [peer, state] of this.states) {
      if (state.linkId === null) continue;
      const role = roleOf(state.linkId);
      if (role === state.role) continue;
      if (role === null) stale.push({ peer, code: CLOSE.revoked, reason: 'access revoked' });
      else stale.push({ peer, code: CLOSE.roleChanged, reason: `role changed to ${role}: reconnect` });
    }
    return stale;
  }
}
