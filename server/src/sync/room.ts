import type { Role } from '@balanza/model';
import { ROOT } from '@balanza/model';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CLOSE, type Peer, type PeerHolder } from './peer.ts';
import { PresenceRelay, REMOTE } from './presence-relay.ts';
import { decodeClientMessage, encodeSyncStep1, encodeUpdate, ProtocolError } from './protocol.ts';
import type { RoomFanout, RoomOptionsOf } from './room-options.ts';
import { type Incoming, RoomPeers } from './room-peers.ts';
import { SeqWatermark } from './seq-watermark.ts';
import { changedAnything, SyncAnswer } from './sync-answer.ts';

export type { RoomFanout };
export type RoomOptions = RoomOptionsOf<Room>;
export { CLOSE, type Peer };

/**
 * One board in memory and everyone connected to it. Speaks the y-websocket protocol over any `Peer`,
 * so it is testable without sockets. Frames are handled one at a time, in arrival order, and an update
 * is stored before it is relayed: no peer ever sees a change the store does not have.
 */
export class Room {
  readonly boardId: string;
  readonly doc: Y.Doc;
  private readonly presence: PresenceRelay;
  /** Each peer's role, and how many of its updates were refused. */
  private readonly peers: RoomPeers;
  private readonly syncAnswer: SyncAnswer;
  private queue: Promise<void> = Promise.resolve();
  /** The updates received in this event-loop turn, applied together at its end (`applyInbox`). */
  private inbox: Incoming[] = [];
  /** The last relay started; relays run one after another, in the order the changes were applied. Never rejects. */
  private relayed: Promise<void> = Promise.resolve();
  /** Every stored update up to this sequence number is in the document: the log may be compacted through it. */
  private readonly held: SeqWatermark;
  private updatesSinceSnapshot: number;
  private destroyed = false;

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId;
    this.doc = options.doc;
    this.held = new SeqWatermark(options.lastSeq);
    this.peers = new RoomPeers(options.boardId, options.log, options.clients);
    this.updatesSinceSnapshot = options.updatesSinceSnapshot;
    const awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    awareness.setLocalState(null);
    this.presence = new PresenceRelay(awareness, options.fanout && ((update) => options.fanout?.presence(update)));
    this.syncAnswer = new SyncAnswer(this.doc);
  }

  get awareness(): Awareness {
    return this.presence.awareness;
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /**
   * Adds a peer with the role its token gave and starts the sync handshake: our state vector, then
   * everyone's presence. Every viewer still shares presence (others see who is reading).
   */
  join(peer: Peer, role: Role, holder: PeerHolder = { linkId: null, memberId: null }): void {
    if (this.destroyed) {
      peer.close(CLOSE.goingAway, 'board unloaded, reconnecting');
      return;
    }
    this.peers.add(peer, role, holder);
    this.presence.join(peer, holder.linkId);
    this.enqueue(peer, async () => {
      peer.send(encodeSyncStep1(this.doc));
      const everyone = this.presence.everyone();
      if (everyone) peer.send(everyone);
    });
  }

  /** Handles one frame from a peer. A malformed frame closes that peer only. */
  receive(peer: Peer, frame: Uint8Array): void {
    this.enqueue(peer, () => this.handle(peer, frame));
  }

  /** After the board's links changed: closes each connection whose link was revoked or changed role. */
  recheckLinks(roleOf: (linkId: string) => Role | null): void {
    for (const { peer, code, reason } of this.peers.stale(roleOf)) {
      this.leave(peer);
      peer.close(code, reason);
    }
  }

  /** Removes a peer and its presence. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    this.presence.leave(peer);
    if (this.peers.size === 0) this.options.onEmpty?.(this);
  }

  /** Resolves once every frame received so far has been handled, and its updates stored and relayed. */
  async settled(): Promise<void> {
    for (;;) {
      const queue = this.queue;
      await queue;
      await this.stored();
      // A relay may have queued more work (a compaction): wait for that too.
      if (queue === this.queue) return;
    }
  }

  /** Applies what the inbox holds; resolves once every update received so far is stored and relayed (or its room broken). */
  private stored(): Promise<void> {
    this.applyInbox();
    return this.relayed;
  }

  /** Stores the document as one snapshot in place of its log, if there is a log to shorten. */
  async compact(): Promise<void> {
    await this.settled();
    await this.compactNow();
  }

  private async compactNow(): Promise<void> {
    if (this.updatesSinceSnapshot === 0) return;
    await this.options.store.compact(this.boardId, Y.encodeStateAsUpdate(this.doc), this.held.value);
    this.options.log.debug({ board: this.boardId, updates: this.updatesSinceSnapshot }, 'compacted');
    this.updatesSinceSnapshot = 0;
  }

  /** Closes every peer with `code` and frees the document. */
  destroy(code: number = CLOSE.goingAway, reason = 'server shutting down'): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
    this.peers.clear();
    this.presence.destroy();
    this.syncAnswer.destroy();
    this.doc.destroy();
  }

  private enqueue(peer: Peer, task: () => Promise<void>): void {
    this.queue = this.queue.then(async () => {
      if (this.destroyed || !this.peers.has(peer)) return;
      try {
        await task();
      } catch (error) {
        this.fail(peer, error);
      }
    });
  }

  private fail(peer: Peer, error: unknown): void {
    if (error instanceof ProtocolError) {
      this.options.log.warn({ board: this.boardId, reason: error.message }, 'closing a connection: bad frame');
      this.leave(peer);
      peer.close(CLOSE.protocolError, error.message);
      return;
    }
    this.breakOnStorageFailure(error);
  }

  /**
   * The store failed: the document may now hold a change that is not stored. Drop the whole room so
   * every client re-syncs (and so re-sends what the store is missing) against a fresh load.
   */
  private breakOnStorageFailure(error: unknown): void {
    this.options.log.error({ board: this.boardId, err: error }, 'closing the board: storage failed');
    this.destroy(CLOSE.serverError, 'storage failed, reconnecting');
    this.options.onBroken?.(this);
  }

  /**
   * A change the server makes itself (e.g. linking a review to the board of its next year): run after
   * every frame received so far, then stored and relayed to every peer like a peer's update. Rejects
   * when the store fails, after closing the room as a failed peer update would. `forMember`: the member
   * whose action it is (a facilitator's restore): it is written under a client id of its own, bound to that
   * member ([MEMBER-4]), so a version says who made it.
   */
  serverEdit(edit: (doc: Y.Doc) => void, forMember: string | null = null): Promise<void> {
    let refused = false;
    const done = this.queue.then(() => {
      if (this.destroyed) throw new Error('the board was closed');
      this.applyInbox();
      const relayed = this.applyChange(new Set(), () => {
        try {
          const { clients } = this.options;
          if (forMember !== null && clients) clients.writeAs(this.doc, forMember, edit);
          else edit(this.doc);
        } catch (error) {
          // The edit refused before writing (a model rule): the caller hears why, the room goes on.
          refused = true;
          throw error;
        }
      });
      return relayed.then(() => {
        if (this.destroyed) throw new Error('the board was closed: the edit was not stored');
      });
    });
    this.queue = done.catch((error: unknown) => {
      if (!refused && !this.destroyed) this.breakOnStorageFailure(error);
    });
    return done;
  }

  /**
   * An update another instance stored as `seq`: applied between frames and relayed to this instance's
   * peers; not stored again (it is) nor published again. Updates arrive here in any order: Yjs merges them.
   * `allThrough`: the update holds every stored update through `seq` (a catch-up from the store).
   */
  applyRemote(update: Uint8Array, seq: number, allThrough = false): void {
    this.queue = this.queue.then(() => {
      if (this.destroyed) return;
      let changed = false;
      const observe = (transaction: Y.Transaction) => {
        changed = changedAnything(transaction);
      };
      this.doc.once('afterTransaction', observe);
      try {
        Y.applyUpdate(this.doc, update, REMOTE);
      } catch (error) {
        this.options.log.error({ board: this.boardId, err: error }, 'an update from another instance was unreadable');
        return;
      } finally {
        this.doc.off('afterTransaction', observe);
      }
      if (allThrough) this.held.addAllThrough(seq);
      else this.held.add(seq);
      this.updatesSinceSnapshot++;
      if (!changed) return;
      const frame = encodeUpdate(update);
      for (const peer of this.peers.keys()) peer.send(frame);
    });
  }

  /** Presence changes from another instance: relayed to this instance's peers with the turn's own. */
  applyRemotePresence(update: Uint8Array): void {
    if (this.destroyed) return;
    try {
      this.presence.receiveRemote(update);
    } catch (error) {
      this.options.log.warn({ board: this.boardId, err: error }, 'presence from another instance was unreadable');
    }
  }

  private async handle(peer: Peer, frame: Uint8Array): Promise<void> {
    const message = decodeClientMessage(frame);
    switch (message.type) {
      case 'sync-step1':
        // The answer is the document: it must hold nothing the store does not have yet.
        await this.stored();
        if (this.destroyed) return;
        peer.send(this.syncAnswer.to(message.stateVector));
        return;
      case 'sync-step2':
      case 'update': {
        const incoming = this.peers.incoming(peer, message.update, message.decoded);
        if (!incoming) return;
        if (this.inbox.length === 0) setImmediate(() => this.applyInbox());
        this.inbox.push(incoming);
        return;
      }
      case 'awareness': {
        const memberId = this.peers.memberOf(peer);
        const refusal = memberId !== undefined && this.presence.receive(peer, message.update, memberId);
        if (refusal) this.peers.noteRefused(peer, { reason: refusal }, 'presence refused');
        return;
      }
      case 'query-awareness': {
        const everyone = this.presence.everyone();
        if (everyone) peer.send(everyone);
        return;
      }
    }
  }

  /** How many updates this room refused for lack of rights (for tests and metrics). */
  get refusedCount(): number {
    return this.peers.refusedCount;
  }

  /** How many times the full-state sync payload was built (once per document state, not per client). */
  get fullStateBuilds(): number {
    return this.syncAnswer.builds;
  }

  /**
   * Applies the updates received this turn, in order, in one Yjs transaction: each is checked against the
   * document as the ones before it left it, so a burst from one client (an item, then its fields) passes as
   * it would one by one. The turn's change is then stored once and relayed once (see `applyChange`).
   */
  private applyInbox(): void {
    if (this.inbox.length === 0 || this.destroyed) return;
    const batch = this.inbox;
    this.inbox = [];
    const senders = new Set<Peer>();
    const broken = new Map<Peer, unknown>();
    // One update alone is stored and relayed as it came: no re-encoding (see `applyChange`).
    const raw = batch.length === 1 ? batch[0]?.update : undefined;
    void this.applyChange(
      senders,
      () => {
        for (const incoming of batch) {
          if (broken.has(incoming.peer) || !this.peers.permits(incoming, this.doc)) continue;
          try {
            Y.applyUpdate(this.doc, incoming.update, incoming.peer);
            senders.add(incoming.peer);
          } catch (error) {
            broken.set(incoming.peer, error);
          }
        }
      },
      raw,
    );
    for (const [peer, error] of broken)
      this.fail(peer, new ProtocolError(`the update could not be applied (${String(error)})`));
  }

  /**
   * Applies a change to the document in one transaction and starts storing what it changed; resolves once
   * it is stored and relayed. Every peer gets it as one frame, but a change that came from one peer alone
   * is not sent back to it (a change of several peers is: each ignores what it already has).
   *
   * What is stored is the transaction's own update (Yjs encodes it), or `raw`, the one update the change
   * applied, as it came: the same content when nothing was pending before, and cheaper. A raw update that
   * is left waiting for a missing part is stored too, so the log holds it when the part comes.
   */
  private applyChange(senders: ReadonlySet<Peer>, change: () => void, raw?: Uint8Array): Promise<void> {
    const { store } = this.doc;
    const settled = () => store.pendingStructs === null && store.pendingDs === null;
    const useRaw = raw !== undefined && settled();
    let encoded: Uint8Array | null = null;
    let changed = false;
    let touchedMeta = false;
    const capture = (update: Uint8Array) => {
      encoded = update;
    };
    const observe = (transaction: Y.Transaction) => {
      changed = changedAnything(transaction);
      touchedMeta = transaction.changed.has(this.doc.getMap(ROOT.meta) as never);
    };
    const before = this.options.autoVersion?.isDue(this) ? Y.encodeStateAsUpdate(this.doc) : null;
    this.doc.once('afterTransaction', observe);
    if (!useRaw) this.doc.once('update', capture);
    try {
      this.doc.transact(change, this);
    } finally {
      this.doc.off('afterTransaction', observe);
      this.doc.off('update', capture);
    }
    const effective = useRaw ? (changed || !settled() ? raw : null) : encoded;
    // Nothing new (a re-sent, empty or refused update): nothing to store or relay.
    if (effective === null) return this.relayed;
    const update: Uint8Array = effective;
    const seq = this.options.store.append(this.boardId, update);
    // A failure is handled in the relay below; until it gets there it is not unhandled.
    seq.catch(() => {});
    this.updatesSinceSnapshot++;
    const only = senders.size === 1 ? [...senders][0] : undefined;
    this.relayed = this.relayed
      .then(async () => {
        const stored = await seq;
        this.held.add(stored);
        if (this.destroyed) return;
        if (before) this.options.autoVersion?.take(this, before);
        const frame = encodeUpdate(update);
        for (const peer of this.peers.keys()) if (peer !== only) peer.send(frame);
        this.options.fanout?.published(update, stored);
        if (touchedMeta) this.options.onMetaChanged?.(this);
        if (this.updatesSinceSnapshot >= this.options.compactAfter) this.compactInTurn();
      })
      .catch((error: unknown) => {
        if (!this.destroyed) this.breakOnStorageFailure(error);
      });
    return this.relayed;
  }

  /** Compacts between frames, as one more task of the room's queue. */
  private compactInTurn(): void {
    this.queue = this.queue
      .then(() => this.stored())
      .then(() => {
        if (!this.destroyed && this.updatesSinceSnapshot >= this.options.compactAfter) return this.compactNow();
      })
      .catch((error: unknown) => {
        if (!this.destroyed) this.breakOnStorageFailure(error);
      });
  }
}
