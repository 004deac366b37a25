/** The shared timer is stored as its end time (epoch ms), so a reload or a late joiner shows the same count. */

export const MINUTE = 60_000;
/** Durations the facilitator picks from, in minutes. */
export const DURATIONS = [1, 2, 3, 5, 10, 15, 20, 30] as const;

/** Milliseconds left, never below zero; null when no timer runs. */
export function remainingMs(endsAt: number | null, now: number): number | null {
  return endsAt === null ? null : Math.max(0, endsAt - now);
}

/** `m:ss` (or `h:mm:ss`), rounding up so the display reads 0:00 only when the time is really up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The end time of a timer of `minutes` started now. */
export const timerEnd = (now: number, minutes: number): number => Math.round(now + minutes * MINUTE);

/** One more minute: on top of what is left, or from now if the time was up already. */
export const plusMinute = (endsAt: number | null, now: number): number => Math.max(endsAt ?? now, now) + MINUTE;
