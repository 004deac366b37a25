import { describe, expect, it } from 'vitest';
import { formatRemaining, MINUTE, plusMinute, remainingMs, timerEnd } from './timer.ts';

describe('shared timer arithmetic', () => {
  it('[FACIL-2] the time left comes from the stored end time, so every client and every reload agree', () => {
    const endsAt = timerEnd(1_000_000, 5);
    expect(endsAt).toBe(1_000_000 + 5 * MINUTE);
    expect(remainingMs(endsAt, 1_000_000 + 61_000)).toBe(5 * MINUTE - 61_000);
    expect(remainingMs(endsAt, endsAt + 5_000)).toBe(0);
    expect(remainingMs(null, 1)).toBeNull();
  });

  it('[FACIL-2] the display rounds up and reads 0:00 only at the end', () => {
    expect(formatRemaining(5 * MINUTE)).toBe('5:00');
    expect(formatRemaining(59_001)).toBe('1:00');
    expect(formatRemaining(1)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(3_600_000 + 61_000)).toBe('1:01:01');
  });

  it('[FACIL-2] adding a minute extends what is left, or restarts from now when time was up', () => {
    expect(plusMinute(10_000 + MINUTE, 10_000)).toBe(10_000 + 2 * MINUTE);
    expect(plusMinute(5_000, 10_000)).toBe(10_000 + MINUTE);
    expect(plusMinute(null, 10_000)).toBe(10_000 + MINUTE);
  });
});
