import { MEMBER_ID_PATTERN } from '@balanza/api';
import { newId } from '@balanza/model';
import { useEffect, useMemo, useRef, useState } from 'react';
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

/** The ids pages wrote under on boards they hold a role link for but had not joined yet, by board. */
const PROVISIONAL_KEY = 'balanza.provisionalMembers';
/** How often a page that could not join yet tries again (besides when the browser comes back online). */
const JOIN_RETRY_MS = 10_000;

function readProvisional(): Record<string, string> {
  try {
    const value = JSON.parse(window.localStorage.getItem(PROVISIONAL_KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeProvisional(ids: Record<string, string>): void {
  window.localStorage.setItem(PROVISIONAL_KEY, JSON.stringify(ids));
}

/**
 * Who this browser writes as on a board it holds a role link for but has not joined yet (opened offline, or
 * the server did not answer in time): the person, under an id of this board's own, kept on the device. The
 * join asks the server for that id, so what was written under it is the member's own once joined ([MEMBER-7]).
 */
export function provisionalMember(boardId: string, person: Identity): Identity {
  const ids = readProvisional();
  let id = ids[boardId];
  if (!id) {
    id = newId();
    writeProvisional({ ...ids, [boardId]: id });
  }
  return { ...person, id };
}

/** The join or question under way for each board. */
const inFlight = new Map<string, Promise<Identity | null>>();

/**
 * Makes sure this browser is a member of the board before it connects: a member token is asked who it
 * names; a role link ("anyone with this link") is joined under the person's name and colour, and the
 * member's token replaces it. Offline, or with no token (the local demo), the board opens as it is.
 */
export function ensureMember(boardId: string, person: Identity | null): Promise<Identity | null> {
  // One at a time per board: a retry while a slow join is still on its way must not make a second member.
  const running = inFlight.get(boardId);
  if (running) return running;
  const asked = askOrJoin(boardId, person).finally(() => inFlight.delete(boardId));
  inFlight.set(boardId, asked);
  return asked;
}

async function askOrJoin(boardId: string, person: Identity | null): Promise<Identity | null> {
  if (!boardToken(boardId)) return null;
  try {
    const me = await fetchMe(boardId);
    if (me.member) {
      const member = { id: me.member.id, name: me.member.name, color: me.member.color };
      keepMember(boardId, member);
      return member;
    }
    if (!person) return storedMember(boardId);
    const { [boardId]: provisional, ...otherBoards } = readProvisional();
    // Without a provisional id, the person's own: what a page wrote before provisional ids existed carries it.
    const id = provisional ?? (MEMBER_ID_PATTERN.test(person.id) ? person.id : undefined);
    const joined = await joinBoard(boardId, { name: person.name, color: person.color, id });
    if (joined.token) keepBoardToken(boardId, joined.token);
    const member = { id: joined.member.id, name: joined.member.name, color: joined.member.color };
    keepMember(boardId, member);
    if (provisional) writeProvisional(otherBoards);
    return member;
  } catch {
    // Unreachable or refused: the stored member (if any) still writes under its own id once back online.
    return storedMember(boardId);
  }
}

/** What `useMembership` says: settled once asked; the member, or who the page writes as until it joins. */
export interface Membership {
  settled: boolean;
  member: Identity | null;
  /** Set while the page holds a role link it has not joined yet: who it writes as meanwhile ([MEMBER-7]). */
  provisional: Identity | null;
}

/**
 * The member this browser is on a board, once `ensureMember` has settled (`settled` false until then, so
 * the board connects with the member's token, not the role link it came with). A page that could not join
 * (offline, or the server did not answer in time) writes as its provisional member and tries again when the
 * browser is back online and every few seconds, until it is a member.
 */
export function useMembership(boardId: string, person: Identity | null): Membership {
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
  const joining = settled && member === null && person !== null && boardToken(boardId) !== undefined;
  useEffect(() => {
    if (!joining) return;
    let cancelled = false;
    const retry = () =>
      void ensureMember(boardId, personAtJoin.current).then((joined) => {
        if (!cancelled && joined) setState({ boardId, member: joined });
      });
    const timer = setInterval(retry, JOIN_RETRY_MS);
    window.addEventListener('online', retry);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener('online', retry);
    };
  }, [boardId, joining]);
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
  const [personId, personName, personColor] = [person?.id, person?.name, person?.color];
  const provisional = useMemo(
    () =>
      joining && personId && personName && personColor
        ? provisionalMember(boardId, { id: personId, name: personName, color: personColor })
        : null,
    [boardId, joining, personId, personName, personColor],
  );
  return { settled, member, provisional };
}
