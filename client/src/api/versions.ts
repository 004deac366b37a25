import { type BoardSnapshot, notesFromUpdate } from '@balanza/model';
import { ApiError, authHeaders, request } from './boards.ts';

/** A saved version as the version list shows it. */
export interface VersionInfo {
  id: string;
  boardId: string;
  /** Null for an automatic version. */
  name: string | null;
  auto: boolean;
  createdAt: number;
  /** Who saved it; null for an automatic version. */
  createdBy: string | null;
}

const isNullableString = (value: unknown) => value === null || typeof value === 'string';

/** Checks what the server sent before the UI trusts it (a proxy or an old server may answer otherwise). */
function asVersionInfo(value: unknown): VersionInfo {
  const v = value as Partial<VersionInfo> | null;
  if (
    !v ||
    typeof v.id !== 'string' ||
    typeof v.boardId !== 'string' ||
    !isNullableString(v.name) ||
    typeof v.auto !== 'boolean' ||
    typeof v.createdAt !== 'number' ||
    !Number.isFinite(v.createdAt) ||
    !isNullableString(v.createdBy)
  )
    throw new ApiError('http', 200, 'bad_response', 'the server sent a version this app cannot read');
  return {
    id: v.id,
    boardId: v.boardId,
    name: v.name ?? null,
    auto: v.auto,
    createdAt: v.createdAt,
    createdBy: v.createdBy ?? null,
  };
}

function asSnapshot(value: unknown): BoardSnapshot {
  const s = value as Partial<Record<keyof BoardSnapshot, unknown>> | null;
  const lists = ['goals', 'ledger', 'outcomes', 'lanes', 'events', 'measures', 'comments'] as const;
  if (!s || typeof s.meta !== 'object' || !lists.every((key) => Array.isArray(s[key])))
    throw new ApiError('http', 200, 'bad_response', 'the server sent a version this app cannot read');
  return s as BoardSnapshot;
}

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;

/** The board's versions, newest first. */
export async function listVersions(boardId: string): Promise<VersionInfo[]> {
  const body = await request<{ versions?: unknown }>(base(boardId), { headers: authHeaders(boardId) });
  if (!Array.isArray(body?.versions))
    throw new ApiError('http', 200, 'bad_response', 'the server sent a version list this app cannot read');
  return body.versions.map(asVersionInfo);
}

/** Saves a named version of the board as the server has it now (editors and facilitators). */
export async function saveVersion(boardId: string, name: string, author: string | undefined): Promise<VersionInfo> {
  const body = await request<{ version?: unknown }>(base(boardId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: JSON.stringify(author ? { name, author } : { name }),
  });
  return asVersionInfo(body?.version);
}

/** A version's rich-text notes by key (`section:summary`, `event:<id>`), to show and restore. */
export type VersionNotes = ReturnType<typeof notesFromUpdate>;

/** The notes the server sent with a version (base64 of a Yjs update); a server without them sends none. */
function asNotes(value: unknown): VersionNotes {
  if (value === undefined) return new Map();
  try {
    if (typeof value !== 'string') throw new Error('not text');
    return notesFromUpdate(Uint8Array.from(atob(value), (char) => char.charCodeAt(0)));
  } catch {
    throw new ApiError('http', 200, 'bad_response', 'the server sent version notes this app cannot read');
  }
}

/** One version: the board's records as they were then, and its notes. */
export async function getVersion(
  boardId: string,
  versionId: string,
): Promise<{ version: VersionInfo; snapshot: BoardSnapshot; notes: VersionNotes }> {
  const body = await request<{ version?: unknown; snapshot?: unknown; notes?: unknown }>(
    `${base(boardId)}/${encodeURIComponent(versionId)}`,
    { headers: authHeaders(boardId) },
  );
  return { version: asVersionInfo(body?.version), snapshot: asSnapshot(body?.snapshot), notes: asNotes(body?.notes) };
}
