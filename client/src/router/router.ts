import { useSyncExternalStore } from 'react';

/**
 * A tiny path router: the app has two pages, so a library would be more code than it saves.
 * The current path is read with `useSyncExternalStore`; `navigate` pushes history and notifies.
 */

export type Route =
  | { page: 'home' }
  | { page: 'board'; boardId: string; section: string | null }
  | { page: 'report'; boardId: string }
  | { page: 'not-found'; path: string };

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getPath = () => window.location.pathname;

/** Goes to `path` (pushes a history entry unless `replace`). */
export function navigate(path: string, { replace = false } = {}): void {
  if (path === getPath()) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  notify();
}

/** The path segment of a board's report, which is not a section. */
const REPORT = 'report';

export function parseRoute(path: string): Route {
  if (path === '/' || path === '') return { page: 'home' };
  const match = /^\/b\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (match?.[1] && match[2] === REPORT) return { page: 'report', boardId: decodeURIComponent(match[1]) };
  if (match?.[1]) return { page: 'board', boardId: decodeURIComponent(match[1]), section: match[2] ?? null };
  return { page: 'not-found', path };
}

export const boardPath = (boardId: string, section?: string): string =>
  `/b/${encodeURIComponent(boardId)}${section ? `/${section}` : ''}`;

/** The read-only report of a whole board (`/b/:id/report`), beside its sections. */
export const reportPath = (boardId: string): string => boardPath(boardId, REPORT);

/** The route of the current location; re-renders on navigation. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, getPath);
  return parseRoute(path);
}
