import {
  apiErrorBody,
  boardListResponse,
  boardResponse,
  createdBoardResponse,
  createdLinkResponse,
  type BoardSummary as ListedBoard,
  type ListedLink,
  linksResponse,
  nextYearResponse,
  parseWith,
} from '@balanza/api';
import type { BoardMeta, BoardSnapshot, NewBoard, Role } from '@balanza/model';
import { roleOfCode } from '@balanza/model';
import type { z } from 'zod';

/** A board as the home page lists it (a board known only to this device has no creation time). */
export type BoardSummary = Omit<ListedBoard, 'createdAt'>;

/** A share link as the facilitator's dialog lists it; `token` is null once revoked. */
export type ShareLink = ListedLink;

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

export type NewBoardInput = NewBoard;

/**
 * Why a request failed. `network`: the server could not be reached (offline or not running);
 * `http`: the server answered with an error, whose own message is kept for the user, or with an
 * answer this app cannot read (code `bad_response`: a proxy, an old or a newer server).
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

/**
 * Sends a request and reads the answer through `schema` (@balanza/api): the answer as typed, or an
 * ApiError saying what went wrong; never a value the page cannot use.
 */
export async function request<S extends z.ZodType>(path: string, schema: S, init?: RequestInit): Promise<z.output<S>>;
export async function request(path: string, schema: null, init?: RequestInit): Promise<void>;
export async function request(path: string, schema: z.ZodType | null, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (error) {
    throw new ApiError('network', 0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (response.status === 204 && schema === null) return undefined;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refused = apiErrorBody.safeParse(body);
    // A dev proxy answers 502/504 with no JSON when the server is down: that is "cannot reach".
    if (!refused.success && (response.status === 502 || response.status === 503 || response.status === 504))
      throw new ApiError('network', response.status, 'unreachable', response.statusText);
    if (!refused.success)
      throw new ApiError('http', response.status, 'http_error', `${response.status} ${response.statusText}`);
    throw new ApiError('http', response.status, refused.data.error.code, refused.data.error.message);
  }
  if (schema === null) return undefined;
  const parsed = parseWith(schema, body);
  if (!parsed.ok)
    throw new ApiError(
      'http',
      response.status,
      'bad_response',
      `the server sent an answer this app cannot read (${parsed.message})`,
    );
  return parsed.data;
}

/** The boards this browser holds a token for (and, on a local server, the demo board). */
export async function listBoards(): Promise<BoardSummary[]> {
  const tokens = Object.values(readTokens()).join(',');
  const body = await request('/api/boards', boardListResponse, {
    headers: tokens ? { 'X-Board-Tokens': tokens } : {},
  });
  return body.boards;
}

/**
 * Posts what makes a new board (`path`: the form's input, or an export to import); the new board's facilitator
 * token is kept in this browser (the server returns it only once).
 */
export async function postNewBoard(path: string, body: unknown): Promise<{ id: string; meta: BoardMeta }> {
  const created = await request(path, createdBoardResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  keepBoardToken(created.id, created.token);
  return { id: created.id, meta: created.meta };
}

/** Creates a board from the form's input. */
export const createBoard = (input: NewBoardInput): Promise<{ id: string; meta: BoardMeta }> =>
  postNewBoard('/api/boards', input);

/**
 * Starts the next year of a review (facilitator): the server makes the plan year's board from the
 * stored review, or answers the one made before (`created: false`). Its token is kept in this browser.
 */
export async function startNextYear(reviewId: string): Promise<{ id: string; meta: BoardMeta; created: boolean }> {
  const made = await request(`/api/boards/${encodeURIComponent(reviewId)}/next-year`, nextYearResponse, {
    method: 'POST',
    headers: authHeaders(reviewId),
  });
  keepBoardToken(made.id, made.token);
  return { id: made.id, meta: made.meta, created: made.created };
}

/** A board as the server has it, and the caller's role on it. */
export function getBoard(id: string): Promise<{ id: string; snapshot: BoardSnapshot; role?: Role }> {
  return request(`/api/boards/${encodeURIComponent(id)}`, boardResponse, { headers: authHeaders(id) });
}

export async function deleteBoard(id: string): Promise<void> {
  await request(`/api/boards/${encodeURIComponent(id)}`, null, { method: 'DELETE', headers: authHeaders(id) });
  forgetBoardToken(id);
}

/** Facilitator only: the board's share links, newest first. */
export async function listShareLinks(boardId: string): Promise<ShareLink[]> {
  const body = await request(`/api/boards/${encodeURIComponent(boardId)}/links`, linksResponse, {
    headers: authHeaders(boardId),
  });
  return body.links;
}

export async function createShareLink(boardId: string, role: Role): Promise<ShareLink> {
  const body = await request(`/api/boards/${encodeURIComponent(boardId)}/links`, createdLinkResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: JSON.stringify({ role }),
  });
  return body.link;
}

export function revokeShareLink(boardId: string, linkId: string): Promise<void> {
  return request(`/api/boards/${encodeURIComponent(boardId)}/links/${encodeURIComponent(linkId)}`, null, {
    method: 'DELETE',
    headers: authHeaders(boardId),
  });
}
