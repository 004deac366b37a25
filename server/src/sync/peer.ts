/** One connection as a room sees it: somewhere to send frames, and a way to end it. */
export interface Peer {
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
}

/** WebSocket close codes of the sync endpoint. */
export const CLOSE = {
  protocolError: 1002,
  serverError: 1011,
  goingAway: 1001,
  boardDeleted: 4404,
  /** The link or member this connection came with was revoked: permanent (44xx), clients stop reconnecting. */
  revoked: 4403,
  /** The member's role changed: transient (45xx, y-websocket's "try again"), the reconnection gets the new role. */
  roleChanged: 4501,
} as const;

/** Who a connection belongs to: the link its token names, and the member when that link is a member's own. */
export interface PeerHolder {
  linkId: string | null;
  /** The member id authored fields must carry ([MEMBER-2]); null for a role link or a public board. */
  memberId: string | null;
}
