import {
  type NewVersion,
  type RestoreThreadsRequest,
  restoreThreadsResponse,
  savedVersionResponse,
  type VersionInfo,
  versionResponse,
  versionsResponse,
} from '@balanza/api';
import { type BoardSnapshot, notesFromUpdate } from '@balanza/model';
import { ApiError, authHeaders, request } from './boards.ts';

export type { VersionInfo };

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;

/** The board's versions, newest first. */
export async function listVersions(boardId: string): Promise<VersionInfo[]> {
  const body = await request(base(boardId), versionsResponse, { headers: authHeaders(boardId) });
  return body.versions;
}

/** Saves a named version of the board as the server has it now (editors and facilitators). */
export async function saveVersion(boardId: string, name: string, author: string | undefined): Promise<VersionInfo> {
  const version: NewVersion = author ? { name, author } : { name };
  const body = await request(base(boardId), savedVersionResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: JSON.stringify(version),
  });
  return body.version;
}

/** A version's rich-text notes by key (`section:summary`, `event:<id>`), to show and restore. */
export type VersionNotes = ReturnType<typeof notesFromUpdate>;

/** The notes the server sent with a version (base64 of a Yjs update); a server without them sends none. */
function asNotes(value: string | undefined): VersionNotes {
  if (value === undefined) return new Map();
  try {
    return notesFromUpdate(Uint8Array.from(atob(value), (char) => char.charCodeAt(0)));
  } catch {
    throw new ApiError('http', 200, 'bad_response', 'the server sent version notes this app cannot read');
  }
}

/** One version: the board's records as they were then, and its notes. */
export async function getVersion(
  boardId: string,
  versionId: string,
): Promise<{ version: VersionInfo; snapshot: BoardSnapshot; notes: VersionNotes; editedBy: string[] }> {
  const body = await request(`${base(boardId)}/${encodeURIComponent(versionId)}`, versionResponse, {
    headers: authHeaders(boardId),
  });
  return { version: body.version, snapshot: body.snapshot, notes: asNotes(body.notes), editedBy: body.editedBy ?? [] };
}

/**
 * Facilitator: the server writes the version's comment threads back, every member's messages as they were
 * ([VERSION-9]); `threads` limits it to those threads. `before` names the version saved just before it.
 */
export function restoreVersionThreads(boardId: string, versionId: string, body: RestoreThreadsRequest) {
  return request(`${base(boardId)}/${encodeURIComponent(versionId)}/restore-threads`, restoreThreadsResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: JSON.stringify(body),
  });
}
