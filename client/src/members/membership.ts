import { useEffect, useRef, useState } from 'react';
import { boardToken, keepBoardToken } from '../api/boards.ts';
import { fetchMe, joinBoard, updateMember } from '../api/members.ts';
import type { Identity } from '../identity/identity.ts';

/**
 * Who this browser is on each board it joined ([MEMBER-1]): the member the server knows, whose id goes
 * into what this person writes there. Kept beside the board tokens; the name and colour shown come from
 * the server's member list.
 */
const STORAGE_KEY = 'balanza.members';
/** How long opening a board waits for the server to say who this browser is there. */
const JOIN_WAIT_MS = 3000;

function readMembers(): Record<string, Identity> {
  try {
    const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, Identity>) : {};
  } catch {
    return {};
  }
}

function keepMember(boardId: string, member: Identity): void {
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readMembers(), [boardId]: member }));
}

/** The member this browser is on `boardId`, as last kept. */
export const storedMember = (boardId: string): Identity | null => readMembers()[boardId] ?? null;

/**
 * Makes sure this browser is a member of the board before it connects: a member token is asked who it
 * names; a role link ("anyone with this link") is joined under the person's name and colour, and the
 * member's token replaces it. Offline, or with no token (the local demo), the board opens as it is.
 */
export async function ensureMember(boardId: string, person: Identity | null): Promise<Identity | null> {
  if (!boardToken(boardId)) return null;
  try {
    const me = await fetchMe(boardId);
    if (me.member) {
      const member = { id: me.member.id, name: me.member.name, color: me.member.color };
      keepMember(boardId, member);
      return member;
    }
    if (!person) return storedMember(boardId);
    const joined = await joinBoard(boardId, { name: person.name, color: person.color });
    if (joined.token) keepBoardToken(boardId, joined.token);
    const member = { id: joined.member.id, name: joined.member.name, color: joined.member.color };
    keepMember(boardId, member);
    return member;
  } catch {
    // Unreachable or refused: the stored member (if any) still writes under its own id once back online.
    return storedMember(boardId);
  }
}

/**
 * The member this browser is on a board, once `ensureMember` has settled (`settled` false until then, so
 * the board connects with the member's token, not the role link it came with).
 */
export function useMembership(boardId: string, person: Identity | null): { settled: boolean; member: Identity | null } {
  const [state, setState] = useState<{ boardId: string; member: Identity | null } | null>(null);
  const waitingForName = person === null;
  // Joined once per board: the person's later renames must not join again (they rename the member below).
  const personAtJoin = useRef(person);
  personAtJoin.current ??= person;
  useEffect(() => {
    if (waitingForName) return;
    let cancelled = false;
    // Local-first: a network that does not answer never holds the board back; it opens as last kept.
    const giveUp = setTimeout(() => setState({ boardId, member: storedMember(boardId) }), JOIN_WAIT_MS);
    void ensureMember(boardId, personAtJoin.current).then((member) => {
      clearTimeout(giveUp);
      if (!cancelled) setState({ boardId, member });
    });
    return () => {
      cancelled = true;
      clearTimeout(giveUp);
    };
  }, [boardId, waitingForName]);
  const settled = state?.boardId === boardId;
  const member = settled ? (state?.member ?? null) : null;
  // The person renames or recolours themself while here: their member on this board follows. (A name the
  // facilitator gave is kept until then.)
  const [name, color] = [person?.name, person?.color];
  const seen = useRef({ name, color });
  useEffect(() => {
    const changed = name !== seen.current.name || color !== seen.current.color;
    seen.current = { name, color };
    if (!member || !name || !color || !changed) return;
    updateMember(boardId, member.id, { name, color }).then(
      (updated) => {
        const renamed = { id: updated.id, name: updated.name, color: updated.color };
        keepMember(boardId, renamed);
        setState({ boardId, member: renamed });
      },
      () => undefined, // offline: the member keeps the name the server has
    );
  }, [boardId, member, name, color]);
  return { settled, member };
}
