import { describe, expect, it } from 'vitest';
import { jitteredDelay, RECONNECT_BASE_MS, RECONNECT_CAP_MS } from './reconnect.ts';

describe('reconnect backoff with full jitter', () => {
  it('[OFFLINE-5] waits a random time below base · 2^attempt, never above the cap', () => {
    expect(jitteredDelay(1, () => 0)).toBe(0);
    expect(jitteredDelay(1, () => 0.999)).toBeLessThan(RECONNECT_BASE_MS * 2);
    expect(jitteredDelay(3, () => 0.5)).toBe(RECONNECT_BASE_MS * 4);
    expect(jitteredDelay(50, () => 0.999)).toBeLessThan(RECONNECT_CAP_MS);
  });

  it('[OFFLINE-5] spreads clients that lost the server at the same moment over the whole window', () => {
    const delays = Array.from({ length: 1000 }, () => jitteredDelay(6));
    const window = Math.min(RECONNECT_CAP_MS, RECONNECT_BASE_MS * 2 ** 6);
    expect(Math.min(...delays)).toBeLessThan(window * 0.1);
    expect(Math.max(...delays)).toBeGreaterThan(window * 0.9);
    // No tenth of the window gets much more than its share (deterministic backoff puts all in one).
    const buckets = new Array(10).fill(0) as number[];
    for (const delay of delays)
      buckets[Math.floor((delay / window) * 10)] = (buckets[Math.floor((delay / window) * 10)] ?? 0) + 1;
    expect(Math.max(...buckets)).toBeLessThan(200);
  });
});
