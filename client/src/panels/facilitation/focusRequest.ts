/** Clocks of two laptops differ a little; a request this much older than the page still counts. */
export const CLOCK_SLACK_MS = 2_000;

export interface FollowState {
  /** When this page opened (its own clock). */
  openedAt: number;
  /** The `focusAt` on the board when this page first read it (undefined before that). */
  firstSeen: number | null | undefined;
  /** The last request this page followed. */
  followed: number | null;
}

/**
 * Should this page follow the "bring everyone here" request stamped `focusAt`? Only a request made
 * while the page is open: not the one already on the board when it first read it (however recent),
 * not one older than the page (an offline copy's, then the server's), and each one once.
 */
export function isNewRequest(focusAt: number | null, state: FollowState): boolean {
  if (focusAt === null || focusAt === state.firstSeen) return false;
  if (focusAt < state.openedAt - CLOCK_SLACK_MS) return false;
  return state.followed === null || focusAt > state.followed;
}
