import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { DecodedUpdate } from './update-roots.ts';

/**
 * Which member writes under each Yjs client id of one board ([MEMBER-4]): loaded with the room, extended
 * as members write, stored so a version can say who edited. An id belongs to the first member that wrote
 * under it: another member's update carrying it is refused, so what the ids say about authors is true.
 */
export class ClientMembers {
  /** New bindings waiting to be stored (one write per turn at most). */
  private pending = new Map<number, string>();

  constructor(
    private readonly boardId: string,
    private readonly bound: Map<number, string>,
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  /** Why `memberId` may not send this update (a client id another member writes under), or null. */
  refusal(memberId: string, update: DecodedUpdate): string | null {
    for (const struct of update.structs) {
      const owner = this.bound.get(struct.id.client);
      if (owner !== undefined && owner !== memberId)
        return 'these changes are written under another member’s client id';
    }
    return null;
  }

  /** Binds the client ids of an accepted update to its member. */
  bind(memberId: string, update: DecodedUpdate): void {
    for (const struct of update.structs) this.bindClient(struct.id.client, memberId);
  }

  /** Binds one client id to a member, unless it is bound already (a server edit made for a member). */
  bindClient(client: number, memberId: string): void {
    if (this.bound.has(client)) return;
    this.bound.set(client, memberId);
    if (this.pending.size === 0) setImmediate(this.flush);
    this.pending.set(client, memberId);
  }

  /**
   * Runs a server edit made for a member (a facilitator's restore) under a client id nobody writes under
   * yet, bound to that member, then gives the document its own id back.
   */
  writeAs(doc: Y.Doc, memberId: string, edit: (doc: Y.Doc) => void): void {
    const own = doc.clientID;
    const states = doc.store.clients;
    let client = own;
    while (client === own || states.has(client) || this.bound.has(client))
      client = Math.floor(Math.random() * 0xffffffff);
    doc.clientID = client;
    try {
      edit(doc);
    } finally {
      doc.clientID = own;
    }
    if (states.has(client)) this.bindClient(client, memberId);
  }

  memberOf(client: number): string | undefined {
    return this.bound.get(client);
  }

  private readonly flush = (): void => {
    const batch = this.pending;
    this.pending = new Map();
    this.store.bindClients(this.boardId, batch).catch((error: unknown) => {
      this.log.error({ board: this.boardId, err: error }, 'could not store who writes under which client id');
    });
  };
}
