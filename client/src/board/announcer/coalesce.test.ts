import { describe, expect, it } from 'vitest';
import { type Clock, coalesce } from './coalesce.ts';

/** A clock whose time moves only when the test says so. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const clock: Clock = {
    setTimeout: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => {
      timers = timers.filter((each) => each !== timer);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter((each) => each.at <= now)) {
      timers = timers.filter((each) => each !== timer);
      timer.run();
    }
  };
  return { clock, advance };
}

describe('announcement coalescing', () => {
  it('[A11Y-14] two changes within a second are said once, the latest per item', () => {
    const { clock, advance } = fakeClock();
    const spoken: string[] = [];
    const announcer = coalesce((text) => spoken.push(text), 1000, clock);
    announcer.say('goals:a', 'Sales — Actual ¥1.1M.');
    advance(300);
    announcer.say('goals:a', 'Sales — Actual ¥1.3M.');
    announcer.say('measures:b', 'Free shipping — in Change.');
    advance(699);
    expect(spoken).toEqual([]);
    advance(1);
    expect(spoken).toEqual(['Sales — Actual ¥1.3M. Free shipping — in Change.']);
  });

  it('[A11Y-14] never speaks twice within a second, and says nothing when nothing is queued', () => {
    const { clock, advance } = fakeClock();
    const spoken: string[] = [];
    const announcer = coalesce((text) => spoken.push(text), 1000, clock);
    announcer.say('goals:a', 'first');
    advance(1000);
    advance(5000);
    expect(spoken).toEqual(['first']);
    announcer.say('goals:a', 'second');
    advance(999);
    expect(spoken).toEqual(['first']);
    advance(1);
    expect(spoken).toEqual(['first', 'second']);
    announcer.say('goals:a', 'third');
    announcer.stop();
    advance(2000);
    expect(spoken).toEqual(['first', 'second']);
  });
});
