import { useEffect, useSyncExternalStore } from 'react';
import { listMembers, type Member } from '../api/members.ts';

/**
 * The member list of each board this page has open, read from the server once and again when someone
 * it does not know yet shows up, so what the page says about authors comes from the server ([MEMBER-2]).
 */
const lists = new Map<string, Map<string, Member>>();
const asked = new Map<string, number>();
const listeners = new Set<() => void>();
/** At most one read of a board's list per this many milliseconds, however many strangers appear. */
const REFRESH_MS = 5000;

function refresh(boardId: string): void {
  const last = asked.get(boardId) ?? 0;
  if (Date.now() - last < REFRESH_MS) return;
  asked.set(boardId, Date.now());
  listMembers(boardId).then(
    (members) => membersRead(boardId, members),
    () => undefined, // offline or not allowed: names stay as written in the board
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The member an id names on a board, when the server has said so (undefined until then, or for a non-member). */
export function useMember(boardId: string, memberId: string): Member | undefined {
  return useMembers(boardId, [memberId]).get(memberId);
}

/** The members of a board among `ids` the server has named (asked for again when one is missing). */
export function useMembers(boardId: string, ids: readonly string[]): ReadonlyMap<string, Member> {
  const list = useSyncExternalStore(subscribe, () => lists.get(boardId)) ?? NONE;
  const missing = ids.some((id) => !list.has(id));
  useEffect(() => {
    if (missing) refresh(boardId);
  }, [boardId, missing]);
  return list;
}
const NONE: ReadonlyMap<string, Member> = new Map();

/** A board's list as just read elsewhere (the facilitator's member list): every name shown follows it. */
export function membersRead(boardId: string, members: readonly Member[]): void {
  asked.set(boardId, Date.now());
  lists.set(boardId, new Map(members.map((member) => [member.id, member])));
  for (const listener of listeners) listener();
}
