import type { BoardMeta, BoardSnapshot, Locale } from '@balanza/model';

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
}

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

async function request<T>(path: string, init?: RequestInit): Promise<T> {
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

export async function listBoards(): Promise<BoardSummary[]> {
  const body = await request<{ boards: BoardSummary[] }>('/api/boards');
  return body.boards;
}

export function createBoard(input: NewBoardInput): Promise<{ id: string; meta: BoardMeta }> {
  return request('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
}

export function getBoard(id: string): Promise<{ id: string; snapshot: BoardSnapshot }> {
  return request(`/api/boards/${encodeURIComponent(id)}`);
}

export function deleteBoard(id: string): Promise<void> {
  return request(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
