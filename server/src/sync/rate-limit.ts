/** Limits of one connection: sustained rates and the bursts allowed above them. */
export interface RateLimits {
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
}

/** A token bucket: `capacity` tokens, refilled at `perSecond`; taking more than there is fails. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now = performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  take(amount: number, now = performance.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

/** Per-connection flood guard: counts messages and bytes; says why when a frame is over the limit. */
export function connectionLimiter(limits: RateLimits): (bytes: number) => string | null {
  const messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
  const bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
  return (size) => {
    if (!messages.take(1)) return `rate limit: more than ${limits.messagesPerSecond} messages a second`;
    if (!bytes.take(size)) return `rate limit: more than ${limits.bytesPerSecond} bytes a second`;
    return null;
  };
}
