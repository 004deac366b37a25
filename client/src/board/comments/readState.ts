import type { CommentThread } from '@balanza/model';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Which comments this user has seen, per board, kept in this browser's localStorage: read state is
 * personal, so it never goes into the shared document.
 */
const storageKey = (boardId: string, userId: string) => `balanza.read.${boardId}.${userId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, Record<string, string[]>>();

function load(key: string): Record<string, string[]> {
  const hit = cache.get(key);
  if (hit) return hit;
  let value: Record<string, string[]> = {};
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown;
    if (parsed && typeof parsed === 'object') value = parsed as Record<string, string[]>;
  } catch {
    // A corrupt entry only means everything shows as unread once.
  }
  cache.set(key, value);
  return value;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Messages of a thread that others wrote and this user has not seen yet. */
export function unreadIn(thread: CommentThread, seen: Record<string, string[]>, userId: string): number {
  const ids = new Set(seen[thread.id] ?? []);
  return thread.messages.filter((message) => message.authorId !== userId && !message.deleted && !ids.has(message.id))
    .length;
}

/**
 * @example
 * const read = useReadState(boardId, identity?.id);
 * read.unread(thread); read.markSeen(thread);
 */
export function useReadState(boardId: string, userId: string | undefined) {
  const key = storageKey(boardId, userId ?? 'anonymous');
  const seen = useSyncExternalStore(subscribe, () => load(key));
  const markSeen = useCallback(
    (thread: CommentThread) => {
      const current = load(key);
      const ids = thread.messages.map((message) => message.id);
      const before = current[thread.id] ?? [];
      if (ids.every((id) => before.includes(id))) return;
      const next = { ...current, [thread.id]: ids };
      cache.set(key, next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the state still holds for this tab.
      }
      for (const listener of [...listeners]) listener();
    },
    [key],
  );
  const unread = useCallback((thread: CommentThread) => unreadIn(thread, seen, userId ?? ''), [seen, userId]);
  const seenIds = useCallback((threadId: string): readonly string[] => seen[threadId] ?? [], [seen]);
  return { unread, markSeen, seenIds };
}
