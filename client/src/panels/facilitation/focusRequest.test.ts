import { describe, expect, it } from 'vitest';
import { CLOCK_SLACK_MS, isNewRequest } from './focusRequest.ts';

const OPENED = 1_000_000;

describe('following "bring everyone here"', () => {
  it('[FACIL-3] follows a request made while the page is open, once', () => {
    expect(isNewRequest(OPENED + 5_000, { openedAt: OPENED, firstSeen: null, followed: null })).toBe(true);
    expect(isNewRequest(OPENED + 5_000, { openedAt: OPENED, firstSeen: null, followed: OPENED + 5_000 })).toBe(false);
    expect(isNewRequest(OPENED + 9_000, { openedAt: OPENED, firstSeen: null, followed: OPENED + 5_000 })).toBe(true);
  });

  it('[FACIL-3] a late joiner ignores the request already on the board and any older than the page', () => {
    // On the board when the page first read it, even if only a second old.
    expect(isNewRequest(OPENED - 1_000, { openedAt: OPENED, firstSeen: OPENED - 1_000, followed: null })).toBe(false);
    // An offline copy held an older one; the server then brings one from before the page opened.
    const stale = OPENED - CLOCK_SLACK_MS - 1;
    expect(isNewRequest(stale, { openedAt: OPENED, firstSeen: OPENED - 60_000, followed: null })).toBe(false);
    // Within the clock slack a request that arrives after the first read still counts.
    expect(isNewRequest(OPENED - 500, { openedAt: OPENED, firstSeen: null, followed: null })).toBe(true);
    expect(isNewRequest(null, { openedAt: OPENED, firstSeen: undefined, followed: null })).toBe(false);
  });
});
