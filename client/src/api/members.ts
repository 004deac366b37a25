import { type Member, memberSchema, membersResponse, memberTokenResponse, meResponse } from '@balanza/api';
import type { Role } from '@balanza/model';
import { z } from 'zod';
import { authHeaders, request } from './boards.ts';

export type { Member };

const membersPath = (boardId: string, memberId?: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/members${memberId ? `/${encodeURIComponent(memberId)}` : ''}`;
const jsonInit = (boardId: string, method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
  body: JSON.stringify(body),
});

/** Who this browser's token names on a board: the member (null for a role link nobody joined through) and the role. */
export function fetchMe(boardId: string) {
  return request(`/api/boards/${encodeURIComponent(boardId)}/me`, meResponse, { headers: authHeaders(boardId) });
}

/** Joins a board through the role link this browser holds: the answer is the new member and their token. */
export function joinBoard(boardId: string, person: { name: string; color: string; id?: string | undefined }) {
  return request(
    `/api/boards/${encodeURIComponent(boardId)}/join`,
    memberTokenResponse,
    jsonInit(boardId, 'POST', person),
  );
}

export async function listMembers(boardId: string): Promise<Member[]> {
  return (await request(membersPath(boardId), membersResponse, { headers: authHeaders(boardId) })).members;
}

/** Facilitator: invites a person by name; the answer holds the token of their personal link. */
export function inviteMember(boardId: string, person: { name: string; role: Role }) {
  return request(membersPath(boardId), memberTokenResponse, jsonInit(boardId, 'POST', person));
}

export async function updateMember(
  boardId: string,
  memberId: string,
  patch: { name?: string; color?: string; role?: Role },
): Promise<Member> {
  const answer = await request(
    membersPath(boardId, memberId),
    z.object({ member: memberSchema }),
    jsonInit(boardId, 'PATCH', patch),
  );
  return answer.member;
}

export function revokeMember(boardId: string, memberId: string): Promise<void> {
  return request(membersPath(boardId, memberId), null, { method: 'DELETE', headers: authHeaders(boardId) });
}
