import { privateCardsResponse, revealResponse } from '@balanza/api';
import { authHeaders, request } from './boards.ts';

const path = (boardId: string, rest: string) => `/api/boards/${encodeURIComponent(boardId)}/${rest}`;

/** How many private cards wait for the reveal on a board ([MEMBER-5]): a number, never what they say. */
export async function fetchWaitingCards(boardId: string): Promise<number> {
  return (await request(path(boardId, 'private-cards'), privateCardsResponse, { headers: authHeaders(boardId) }))
    .waiting;
}

/** The facilitator's reveal: every member's private cards onto the board at once. */
export function revealPrivateCards(boardId: string) {
  return request(path(boardId, 'reveal'), revealResponse, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authHeaders(boardId) },
    body: '{}',
  });
}
