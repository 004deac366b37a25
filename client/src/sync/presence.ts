import { SECTIONS, type Section } from '@balanza/model';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../identity/identity.ts';
import { type ValueStore, valueStore } from './valueStore.ts';

/** Someone on the board, as the avatars show them. */
export interface Peer {
  user: Identity;
  /** The section they are looking at, or null when unknown. */
  section: Section | null;
  isSelf: boolean;
}

/** Exactly what this client publishes in awareness. */
export interface LocalPresence {
  user: Identity;
  section: Section | null;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const isSection = (value: unknown): value is Section => SECTIONS.includes(value as Section);

/** Reads a peer's awareness state defensively: other clients may send anything. */
function readPeer(state: unknown): { user: Identity; section: Section | null } | null {
  const user = (state as { user?: Partial<Identity> } | null)?.user;
  if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') return null;
  const color = typeof user.color === 'string' && HEX.test(user.color) ? user.color : '#64748b';
  const section = (state as { section?: unknown }).section;
  return {
    user: { id: user.id.slice(0, 64), name: user.name.slice(0, 80) || '?', color },
    section: isSection(section) ? section : null,
  };
}

function readPeers(awareness: Awareness): Peer[] {
  const byUser = new Map<string, Peer>();
  const selfId = (awareness.getLocalState() as LocalPresence | null)?.user.id;
  for (const [clientId, state] of awareness.getStates()) {
    const peer = readPeer(state);
    if (!peer) continue;
    const isSelf = clientId === awareness.clientID;
    // One avatar per person even with several tabs open; this tab's own state wins for oneself.
    if (peer.user.id === selfId && !isSelf) continue;
    byUser.set(peer.user.id, { ...peer, isSelf });
  }
  return [...byUser.values()].sort(
    (a, b) =>
      Number(b.isSelf) - Number(a.isSelf) || a.user.name.localeCompare(b.user.name) || (a.user.id < b.user.id ? -1 : 1),
  );
}

const samePeers = (a: Peer[], b: Peer[]) => JSON.stringify(a) === JSON.stringify(b);

/** A store of everyone present, refreshed when awareness changes (not on its 15-second renewals). */
export function trackPresence(awareness: Awareness): { peers: ValueStore<Peer[]>; stop(): void } {
  const peers = valueStore<Peer[]>(readPeers(awareness), samePeers);
  const onChange = () => peers.set(readPeers(awareness));
  awareness.on('change', onChange);
  return { peers, stop: () => awareness.off('change', onChange) };
}

/** Publishes this client's presence; the shape is fixed: `{ user: { id, name, color }, section }`. */
export function publishPresence(awareness: Awareness, presence: LocalPresence): void {
  const { id, name, color } = presence.user;
  awareness.setLocalState({ user: { id, name, color }, section: presence.section });
}
