/** Timers the coalescer runs on: the page's by default, fake ones in tests. */
export interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const PAGE_CLOCK: Clock = {
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (timer) => window.clearTimeout(timer as number),
};

export interface Coalescer {
  /** Queues what to say about `key` (an item); a later message about the same item replaces it. */
  say(key: string, message: string): void;
  stop(): void;
}

/**
 * Speaks at most once per `intervalMs` ([A11Y-14]): the first message waits the interval for others, and
 * everything queued meanwhile is said together, the latest message per item, in the order items came in.
 */
export function coalesce(speak: (text: string) => void, intervalMs = 1000, clock: Clock = PAGE_CLOCK): Coalescer {
  const pending = new Map<string, string>();
  let timer: unknown = null;
  const flush = () => {
    timer = null;
    if (pending.size === 0) return;
    const text = [...pending.values()].join(' ');
    pending.clear();
    speak(text);
  };
  return {
    say(key, message) {
      pending.set(key, message);
      if (timer !== null) return;
      // Every flush waits a whole interval after the first message, so two are never closer than that.
      timer = clock.setTimeout(flush, intervalMs);
    },
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending.clear();
    },
  };
}
