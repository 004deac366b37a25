import type { ErrorCode } from '@balanza/api';
import type { Role } from '@balanza/model';

/** Why a request or a WebSocket upgrade is turned away: the HTTP status and the API's error body. */
export interface Refusal {
  status: 400 | 401 | 403 | 404 | 426 | 500;
  code: ErrorCode;
  message: string;
}

/** The refusals the HTTP routes and the sync upgrade share, written once. */
export const refusals = {
  invalidBoardId: {
    status: 400,
    code: 'invalid_board_id',
    message: 'a board id is 1–64 letters, digits, "-" or "_"',
  },
  unauthorized: {
    status: 401,
    code: 'unauthorized',
    message:
      'this board needs a valid share link; the one used is missing, mistyped or revoked — ask the facilitator for a new one',
  },
  forbidden: (needed: Role): Refusal => ({
    status: 403,
    code: 'forbidden',
    message: `only a ${needed} of this board may do this; ask the facilitator for a ${needed} link`,
  }),
  originRefused: {
    status: 403,
    code: 'origin_refused',
    message: 'this page may not connect to the board (cross-origin)',
  },
  noBoard: (id: string): Refusal => ({ status: 404, code: 'not_found', message: `there is no board "${id}"` }),
  unreadable: (message: string): Refusal => ({ status: 500, code: 'board_unreadable', message }),
  upgradeRequired: {
    status: 426,
    code: 'upgrade_required',
    message: 'this endpoint speaks the y-websocket protocol over a WebSocket',
  },
} satisfies Record<string, Refusal | ((...args: never[]) => Refusal)>;
