import * as decoding from 'lib0/decoding';
import {
  type Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { Peer } from './peer.ts';
import { encodeAwareness } from './protocol.ts';

/** The origin of what another instance sent: relayed to every peer here, never published again. */
export const REMOTE: unique symbol = Symbol('another instance');

/** Where a presence change came from: a peer here, another instance, or the server itself. */
type Origin = Peer | typeof REMOTE | null;

/**
 * A board's presence (awareness): who owns which client ids, and the changes of each event-loop turn sent
 * at its end, each peer one frame of the changes it did not make. What this instance's peers changed is
 * also handed to `publish`, for the other instances.
 */
export class PresenceRelay {
  /** The awareness client ids each peer set, removed when it leaves. */
  private readonly owned = new Map<Peer, Set<number>>();
  /** The link each peer came with: a reconnection of the same link takes its presence over. */
  private readonly links = new Map<Peer, string | null>();
  /** This turn's changes: client id → where it came from. */
  private pending = new Map<number, Origin>();
  private stopped = false;

  constructor(
    readonly awareness: Awareness,
    private readonly publish?: (update: Uint8Array) => void,
  ) {
    awareness.on('update', this.onChange);
  }

  join(peer: Peer, linkId: string | null = null): void {
    this.owned.set(peer, new Set());
    this.links.set(peer, linkId);
  }

  /** Everyone's presence now, for a peer that just joined or asked (null when nobody is present). */
  everyone(): Uint8Array | null {
    const present = [...this.awareness.getStates().keys()];
    return present.length > 0 ? encodeAwareness(this.awareness, present) : null;
  }

  /**
   * A peer's awareness update (already validated by the protocol), applied unless it changes a presence
   * another peer here owns, or — on a member's connection — shows a user other than that member
   * ([MEMBER-2]); then it is dropped whole and the reason returned.
   */
  receive(peer: Peer, update: Uint8Array, memberId: string | null = null): string | null {
    const entries = awarenessEntries(update);
    for (const { clientId, state } of entries) {
      const owner = this.ownerOf(clientId);
      // The same link again is a client reconnecting before its old connection was noticed gone.
      if (owner && owner !== peer && this.links.get(owner) !== this.links.get(peer))
        return 'a presence belongs to the connection that set it';
      const user = (state as { user?: { id?: unknown } } | null)?.user;
      if (memberId !== null && user !== undefined && user?.id !== memberId)
        return 'a presence shows its own member only';
    }
    for (const { clientId } of entries) {
      const owner = this.ownerOf(clientId);
      if (owner && owner !== peer) this.owned.get(owner)?.delete(clientId);
      this.owned.get(peer)?.add(clientId);
    }
    applyAwarenessUpdate(this.awareness, update, peer);
    return null;
  }

  private ownerOf(clientId: number): Peer | undefined {
    for (const [peer, ids] of this.owned) if (ids.has(clientId)) return peer;
    return undefined;
  }

  /** Presence changes from another instance. Throws when they are unreadable. */
  receiveRemote(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, REMOTE);
  }

  /** Removes what a peer owned (everyone, here and elsewhere, sees it leave). */
  leave(peer: Peer): void {
    const ids = this.owned.get(peer);
    this.owned.delete(peer);
    this.links.delete(peer);
    if (ids && ids.size > 0) removeAwarenessStates(this.awareness, [...ids], null);
  }

  destroy(): void {
    this.stopped = true;
    this.awareness.off('update', this.onChange);
    this.awareness.destroy();
  }

  private readonly onChange = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const owned = this.owned.get(origin as Peer);
    const from: Origin = origin === REMOTE ? REMOTE : owned ? (origin as Peer) : null;
    if (owned) {
      for (const id of [...added, ...updated]) owned.add(id);
      for (const id of removed) owned.delete(id);
    }
    if (this.pending.size === 0) setImmediate(this.flush);
    for (const id of [...added, ...updated, ...removed]) this.pending.set(id, from);
  };

  private readonly flush = (): void => {
    const changes = [...this.pending].map(([id, origin]): Change => ({ id, origin }));
    this.pending.clear();
    if (this.stopped || changes.length === 0) return;
    this.fanOut(changes);
    const local = changes.filter((change) => change.origin !== REMOTE).map((change) => change.id);
    if (local.length > 0) this.publish?.(encodeAwarenessUpdate(this.awareness, local));
  };

  /**
   * Sends every peer one frame of the changes that did not come from it: the frame of all of them is made
   * once and shared by the peers that sent none; a peer that sent some gets a frame of the others'.
   */
  private fanOut(changes: Change[]): void {
    const origins = new Set(changes.map((change) => change.origin));
    let everything: Uint8Array | undefined;
    for (const peer of this.owned.keys()) {
      if (!origins.has(peer)) {
        everything ??= encodeAwareness(
          this.awareness,
          changes.map((change) => change.id),
        );
        peer.send(everything);
        continue;
      }
      const others = changes.filter((change) => change.origin !== peer).map((change) => change.id);
      if (others.length > 0) peer.send(encodeAwareness(this.awareness, others));
    }
  }
}

interface Change {
  id: number;
  origin: Origin;
}

/** The entries of an awareness update: each client id with its state (null when it leaves). */
function awarenessEntries(update: Uint8Array): { clientId: number; state: unknown }[] {
  const decoder = decoding.createDecoder(update);
  const entries: { clientId: number; state: unknown }[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    const clientId = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // clock
    entries.push({ clientId, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
  }
  return entries;
}
