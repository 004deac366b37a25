import { SECTIONS, type Section } from '@balanza/model';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../identity/identity.ts';
import { type ValueStore, valueStore } from './valueStore.ts';

/** What someone has open: an event in the side panel, later a goal or a measure. */
export interface Focus {
  kind: string;
  id: string;
  /** True while they drag it (a measure card), so others see it is on the move. */
  dragging?: boolean;
}

/** Someone on the board, as the avatars show them. */
export interface Peer {
  user: Identity;
  /** The section they are looking at, or null when unknown. */
  section: Section | null;
  /** What they have open; null when nothing (or an older client that does not send it). */
  focus: Focus | null;
  isSelf: boolean;
}

/** Exactly what this client publishes in awareness. */
export interface LocalPresence {
  user: Identity;
  section: Section | null;
  focus?: Focus | null;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const isSection = (value: unknown): value is Section => SECTIONS.includes(value as Section);

/** Reads a peer's awareness state defensively: other clients may send anything. */
function readFocus(value: unknown): Focus | null {
  const focus = value as { kind?: unknown; id?: unknown } | null | undefined;
  if (!focus || typeof focus.kind !== 'string' || typeof focus.id !== 'string') return null;
  const dragging = (value as { dragging?: unknown }).dragging === true;
  return { kind: focus.kind.slice(0, 20), id: focus.id.slice(0, 64), ...(dragging ? { dragging } : {}) };
}

function readPeer(state: unknown): { user: Identity; section: Section | null; focus: Focus | null } | null {
  const user = (state as { user?: Partial<Identity> } | null)?.user;
  if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') return null;
  const color = typeof user.color === 'string' && HEX.test(user.color) ? user.color : '#64748b';
  const section = (state as { section?: unknown }).section;
  return {
    user: { id: user.id.slice(0, 64), name: user.name.slice(0, 80) || '?', color },
    section: isSection(section) ? section : null,
    focus: readFocus((state as { focus?: unknown }).focus),
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

/**
 * Publishes this client's presence: `{ user: { id, name, color }, section, focus }` (`focus` is optional
 * for readers, so older clients still read). A note editor's caret (`cursor`) is kept as it is.
 */
export function publishPresence(awareness: Awareness, presence: LocalPresence): void {
  const { id, name, color } = presence.user;
  const cursor = (awareness.getLocalState() as { cursor?: unknown } | null)?.cursor;
  awareness.setLocalState({
    user: { id, name, color },
    section: presence.section,
    focus: presence.focus ?? null,
    ...(cursor === undefined ? {} : { cursor }),
  });
}
