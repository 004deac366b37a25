import { type BoardMeta, type BoardSnapshot, type Locale, type Role, roleOfCode } from '@balanza/model';

/** A board as the home page lists it. */
export interface BoardSummary {
  id: string;
  title: string;
  shop: string;
  reviewedYear: number;
  planYear: number;
  currency: string;
  locale: Locale;
  updatedAt: number | string | null;
  /** What this browser's token lets it do on the board. */
  role?: Role;
}

/** A share link as the facilitator's dialog lists it; `token` is null once revoked. */
export interface ShareLink {
  id: string;
  boardId: string;
  role: Role;
  createdAt: number;
  revokedAt: number | null;
  token: string | null;
}

const TOKENS_KEY = 'balanza.tokens';

function readTokens(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(TOKENS_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Keeps a board's token in this browser (localStorage), so its list and links open it. */
export function keepBoardToken(boardId: string, token: string): void {
  localStorage.setItem(TOKENS_KEY, JSON.stringify({ ...readTokens(), [boardId]: token }));
}

export function forgetBoardToken(boardId: string): void {
  const { [boardId]: _gone, ...rest } = readTokens();
  localStorage.setItem(TOKENS_KEY, JSON.stringify(rest));
}

/**
 * The token this browser holds for a board. A share link (`/b/:id#token=…`) is adopted here the first
 * time it is read: kept, then removed from the address bar so it is not copied or bookmarked by accident.
 */
export function boardToken(boardId: string): string | undefined {
  if (typeof window !== 'undefined' && window.location.pathname === `/b/${boardId}`) {
    const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (fromUrl) {
      keepBoardToken(boardId, fromUrl);
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    }
  }
  return readTokens()[boardId];
}

/**
 * This browser's role on a board, read from its token (`boardId.linkId.role.signature`); undefined
 * without one (the local demo board, open to editors). The server enforces it; this only shapes the UI.
 */
export function boardRole(boardId: string): Role | undefined {
  const code = boardToken(boardId)?.split('.')[2];
  return code ? roleOfCode(code) : undefined;
}

/** The link to send someone: it opens the board with `token`'s role. */
export const shareUrl = (boardId: string, token: string): string =>
  `${window.location.origin}/b/${encodeURIComponent(boardId)}#token=${encodeURIComponent(token)}`;

export const authHeaders = (boardId: string): Record<string, string> => {
  const token = boardToken(boardId);
  return token ? { Authorization: `Bearer ${token}` } : {};
};

export interface NewBoardInput {
  title: string;
  shop?: string;
  reviewedYear: number;
  planYear?: number;
  currency?: string;
  locale?: Locale;
}

/**
 * Why a request failed. `network`: the server could not be reached (offline or not running);
 * `http`: the server answered with an error, whose own message is kept for the user.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: 'network' | 'http',
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (error) {
    throw new ApiError('network', 0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    // A dev proxy answers 502/504 with no JSON when the server is down: that is "cannot reach".
    if (!error && (response.status === 502 || response.status === 503 || response.status === 504))
      throw new ApiError('network', response.status, 'unreachable', response.statusText);
    throw new ApiError(
      'http',
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `${response.status} ${response.statusText}`,
    );
  }
  return body as T;
}

/** The boards this browser holds a token for (and, on a local server, the demo board). */
export async function listBoards(): Promise<BoardSummary[]> {
  const tokens = Object.values(readTokens()).join(',');
  const body = await request<{ boards: BoardSummary[] }>('/api/boards', {
    headers: tokens ? { 'X-Board-Tokens': tokens } : {},
  });
  return body.boards;
}

/** Creates a board; its facilitator token is kept in this browser (the server returns it only once). */
export async function createBoard(input: NewBoardInput): Promise<{ id: string; meta: BoardMeta }> {
  const created = await request<{ id: string; meta: BoardMeta; token: string }>('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  keepBoardToken(created.id, created.token);
  return { id: created.id, meta: created.meta };
}

/** A board as the server has it, and the caller's role on it. */
export function getBoard(id: string): Promise<{ id: string; snapshot: BoardSnapshot; role?: Role }> {
  return request(`/api/boards/${encodeURIComponent(id)}`, { headers: authHeaders(id) });
}

export async function deleteBoard(id: string): Promise<void> {
  await request(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', headers: authHeaders(id) });
  forgetBoardToken(id);
}

/** Facilitator only: the board's share links, newest first. */
export async function listShareLinks(boardId: string): Promise<ShareLink[]> {
  const body = await request<{ links: ShareLink[] }>(`/api/boards/${encodeURIComponent(boardId)}/links`, {
    headers: authHeaders(boardId),
  });
  return body.links;
}

export async function createShareLink(boardId: string, role: Role): Promise<ShareLink> {
  const body = await request<{ link: ShareLink }>(`/api/boards/${encodeURIComponent(boardId)}/links`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: JSON.stringify({ role }),
  });
  return body.link;
}

export function revokeShareLink(boardId: string, linkId: string): Promise<void> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/links/${encodeURIComponent(linkId)}`, {
    method: 'DELETE',
    headers: authHeaders(boardId),
  });
}
