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
} as const;
