import type { Role } from '@balanza/model';
import { ROOT } from '@balanza/model';
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { checkUpdate } from './permissions.ts';
import {
  decodeClientMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Of,
  encodeUpdate,
  isEmptyStateVector,
  ProtocolError,
} from './protocol.ts';
import type { DecodedUpdate } from './update-roots.ts';

/** One connection as a room sees it: somewhere to send frames, and a way to end it. */
export interface Peer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** WebSocket close codes the room uses. */
export const CLOSE = {
  protocolError: 1002,
  serverError: 1011,
  goingAway: 1001,
  boardDeleted: 4404,
} as const;

export interface RoomOptions {
  boardId: string;
  doc: Y.Doc;
  store: Store;
  log: Logger;
  /** Sequence number of the last stored update when the room was loaded. */
  lastSeq: number;
  /** Stored updates since the last snapshot; past `compactAfter`, the log is compacted. */
  updatesSinceSnapshot: number;
  compactAfter: number;
  /** Called when the last peer leaves (the manager may unload the room). */
  onEmpty?: (room: Room) => void;
  /** Called when the room had to be dropped (its store failed); the manager must forget it. */
  onBroken?: (room: Room) => void;
  /** Called after an update that changed the board's meta has been stored. */
  onMetaChanged?: (room: Room) => void;
  /**
   * Automatic versions: `isDue` is asked before each update is applied; when due, the document as it was
   * before that update is handed to `take` once the update is stored (an update that changes nothing takes none).
   */
  autoVersion?: { isDue(room: Room): boolean; take(room: Room, bytes: Uint8Array): void };
}

/**
 * One board in memory and everyone connected to it. Speaks the y-websocket protocol over any `Peer`,
 * so it is testable without sockets. Frames are handled one at a time, in arrival order, and an update
 * is stored before it is relayed: no peer ever sees a change the store does not have.
 */
export class Room {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Each peer's role and the awareness client ids it owns. */
  private readonly peers = new Map<Peer, { role: Role; clients: Set<number>; refused: number }>();
  /** The full state as a sync step 2, shared by every joining client that has nothing yet (a join storm). */
  private fullState: Uint8Array | null = null;
  private readonly forgetFullState = () => {
    this.fullState = null;
  };
  private queue: Promise<void> = Promise.resolve();
  private lastSeq: number;
  private updatesSinceSnapshot: number;
  private destroyed = false;

  constructor(private readonly options: RoomOptions) {
    this.boardId = options.boardId;
    this.doc = options.doc;
    this.lastSeq = options.lastSeq;
    this.updatesSinceSnapshot = options.updatesSinceSnapshot;
    this.awareness = new Awareness(this.doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.relayAwareness);
    this.doc.on('update', this.forgetFullState);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  /**
   * Adds a peer with the role its token gave and starts the sync handshake: our state vector, then
   * everyone's presence. Every viewer still shares presence (others see who is reading).
   */
  join(peer: Peer, role: Role): void {
    if (this.destroyed) {
      peer.close(CLOSE.goingAway, 'board unloaded, reconnecting');
      return;
    }
    this.peers.set(peer, { role, clients: new Set(), refused: 0 });
    this.enqueue(peer, async () => {
      peer.send(encodeSyncStep1(this.doc));
      const present = [...this.awareness.getStates().keys()];
      if (present.length > 0) peer.send(encodeAwareness(this.awareness, present));
    });
  }

  /** Handles one frame from a peer. A malformed frame closes that peer only. */
  receive(peer: Peer, frame: Uint8Array): void {
    this.enqueue(peer, () => this.handle(peer, frame));
  }

  /** Removes a peer and its presence. */
  leave(peer: Peer): void {
    const clients = this.peers.get(peer)?.clients;
    if (!clients) return;
    this.peers.delete(peer);
    if (clients.size > 0) removeAwarenessStates(this.awareness, [...clients], null);
    if (this.peers.size === 0) this.options.onEmpty?.(this);
  }

  /** Resolves once every frame received so far has been handled. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Stores the document as one snapshot in place of its log, if there is a log to shorten. */
  async compact(): Promise<void> {
    await this.settled();
    await this.compactNow();
  }

  private async compactNow(): Promise<void> {
    if (this.updatesSinceSnapshot === 0) return;
    await this.options.store.compact(this.boardId, Y.encodeStateAsUpdate(this.doc), this.lastSeq);
    this.options.log.debug({ board: this.boardId, updates: this.updatesSinceSnapshot }, 'compacted');
    this.updatesSinceSnapshot = 0;
  }

  /** Closes every peer with `code` and frees the document. */
  destroy(code: number = CLOSE.goingAway, reason = 'server shutting down'): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const peer of [...this.peers.keys()]) peer.close(code, reason);
    this.peers.clear();
    this.awareness.off('update', this.relayAwareness);
    this.awareness.destroy();
    this.doc.off('update', this.forgetFullState);
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
   * when the store fails, after closing the room as a failed peer update would.
   */
  serverEdit(edit: (doc: Y.Doc) => void): Promise<void> {
    let refused = false;
    const done = this.queue.then(() => {
      if (this.destroyed) throw new Error('the board was closed');
      return this.applyChange(null, () => {
        try {
          edit(this.doc);
        } catch (error) {
          // The edit refused before writing (a model rule): the caller hears why, the room goes on.
          refused = true;
          throw error;
        }
      });
    });
    this.queue = done.catch((error: unknown) => {
      if (!refused && !this.destroyed) this.breakOnStorageFailure(error);
    });
    return done;
  }

  private async handle(peer: Peer, frame: Uint8Array): Promise<void> {
    const message = decodeClientMessage(frame);
    switch (message.type) {
      case 'sync-step1':
        if (isEmptyStateVector(message.stateVector)) {
          if (!this.fullState) {
            this.fullState = encodeSyncStep2(this.doc);
            this.fullStateBuilds++;
          }
          peer.send(this.fullState);
        } else {
          peer.send(encodeSyncStep2Of(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
        }
        return;
      case 'sync-step2':
      case 'update':
        if (!this.permits(peer, message.decoded)) return;
        return this.applyUpdate(peer, message.update);
      case 'awareness':
        applyAwarenessUpdate(this.awareness, message.update, peer);
        return;
      case 'query-awareness':
        peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
    }
  }

  /** Checks an update against the peer's role before anything is applied; a refused one is dropped. */
  private permits(peer: Peer, decoded: DecodedUpdate): boolean {
    const state = this.peers.get(peer);
    if (!state) return false;
    const verdict = checkUpdate(state.role, this.doc, () => decoded);
    if (verdict.ok) return true;
    state.refused++;
    this.refused++;
    // Once per connection: a viewer's client re-sends its state on every sync, which is no news.
    if (state.refused === 1)
      this.options.log.info({ board: this.boardId, role: state.role, reason: verdict.reason }, 'update refused');
    return false;
  }

  /** How many updates this room refused for lack of rights (for tests and metrics). */
  get refusedCount(): number {
    return this.refused;
  }
  private refused = 0;

  /** How many times the full-state sync payload was built (once per document state, not per client). */
  fullStateBuilds = 0;

  private applyUpdate(origin: Peer, update: Uint8Array): Promise<void> {
    return this.applyChange(origin, () => Y.applyUpdate(this.doc, update, origin));
  }

  /** Applies a change to the document, then stores what it changed and relays it to every peer but `origin`. */
  private async applyChange(origin: Peer | null, change: () => void): Promise<void> {
    let effective: Uint8Array | null = null;
    let touchedMeta = false;
    const capture = (change: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      effective = change;
      touchedMeta = transaction.changed.has(this.doc.getMap(ROOT.meta) as never);
    };
    const before = this.options.autoVersion?.isDue(this) ? Y.encodeStateAsUpdate(this.doc) : null;
    this.doc.once('update', capture);
    try {
      change();
    } finally {
      this.doc.off('update', capture);
    }
    // Nothing new (a re-sent or empty update): nothing to store or relay.
    if (effective === null) return;
    this.lastSeq = await this.options.store.append(this.boardId, effective);
    this.updatesSinceSnapshot++;
    if (before) this.options.autoVersion?.take(this, before);
    const relayed = encodeUpdate(effective);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(relayed);
    if (touchedMeta) this.options.onMetaChanged?.(this);
    if (this.updatesSinceSnapshot >= this.options.compactAfter) await this.compactNow();
  }

  private readonly relayAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.peers.get(origin as Peer)?.clients;
    if (owned) {
      for (const id of [...added, ...updated]) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    const frame = encodeAwareness(this.awareness, [...added, ...updated, ...removed]);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(frame);
  };
}
