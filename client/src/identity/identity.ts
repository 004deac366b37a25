import { MEMBER_NAME_MAX, MEMBER_PALETTE } from '@balanza/api';
import { newId } from '@balanza/model';
import { createContext, useContext, useSyncExternalStore } from 'react';

/** Who this browser is on every board: kept in localStorage, chosen once, editable later. */
export interface Identity {
  id: string;
  name: string;
  /** 6-digit hex, e.g. `#2563eb`. */
  color: string;
}

const STORAGE_KEY = 'balanza.identity';
const HEX = /^#[0-9a-fA-F]{6}$/;

/** The colours and the longest name a member may have: one rule for the server and the page. */
export const PALETTE = MEMBER_PALETTE;
export const MAX_NAME_LENGTH = MEMBER_NAME_MAX;

function parseIdentity(raw: string | null): Identity | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Identity>;
    if (typeof value.id !== 'string' || !value.id) return null;
    if (typeof value.name !== 'string' || !value.name.trim()) return null;
    if (typeof value.color !== 'string' || !HEX.test(value.color)) return null;
    return { id: value.id, name: value.name.trim().slice(0, MAX_NAME_LENGTH), color: value.color.toLowerCase() };
  } catch {
    return null;
  }
}

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Identity | null = null;

function current(): Identity | null {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseIdentity(raw);
  }
  return cached;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the name shows up here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function saveIdentity(identity: Identity): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(identity));
  for (const listener of listeners) listener();
}

/**
 * On a board this browser joined, who it is there: the member the server knows ([MEMBER-1]), whose id
 * goes into what this person writes. `useIdentity` answers it inside a board, the stored identity elsewhere.
 */
const MemberIdentity = createContext<Identity | null>(null);
export const MemberIdentityProvider = MemberIdentity.Provider;

/** Inside a board, the member the server knows this browser as, or null (a public board, or not joined yet). */
export const useMember = (): Identity | null => useContext(MemberIdentity);

/**
 * On a board whose role link this browser has not joined yet (opened offline), who it writes as meanwhile:
 * the person under an id of that board's own, which the join asks the server for ([MEMBER-7]).
 */
const ProvisionalIdentity = createContext<Identity | null>(null);
export const ProvisionalIdentityProvider = ProvisionalIdentity.Provider;

/** True inside a board this browser holds a role link for and has not joined yet: it must not connect under it. */
export const useJoinPending = (): boolean => useContext(ProvisionalIdentity) !== null;

/** Inside a board, the member (or the provisional one); elsewhere the stored identity, or null before the user has chosen a name. */
export function useIdentity(): Identity | null {
  const stored = useSyncExternalStore(subscribe, current);
  return useContext(MemberIdentity) ?? useContext(ProvisionalIdentity) ?? stored;
}

/** A starting point for the dialog: the stored identity, or a fresh id with a random colour. */
export function draftIdentity(existing: Identity | null): Identity {
  return existing ?? { id: newId(), name: '', color: PALETTE[Math.floor(Math.random() * PALETTE.length)] ?? '#2563eb' };
}

/** One letter for one word, first and last initials otherwise ("Ana Ruiz" → "AR"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return (
    picked
      .map((word) => [...(word ?? '')][0] ?? '')
      .join('')
      .toUpperCase() || '?'
  );
}

/** Black or white, whichever reads better on `color` (users may pick a light custom colour). */
export function textColorOn(color: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.6 ? '#111827' : '#ffffff';
}
