import { z } from 'zod';

/** The review session's phases, run by the facilitator. */
export const PHASES = ['write', 'discuss', 'decide'] as const;
export type Phase = (typeof PHASES)[number];

/** Facilitation state everyone sees. Times are epoch milliseconds, so late joiners compute the same timer. */
export const sessionSchema = z.object({
  phase: z.enum(PHASES),
  timerEndsAt: z.number().int().nonnegative().nullable(),
  focusSection: z.string().max(40).nullable(),
  /** Bumped on every "bring everyone here", so the same section can be asked for twice. */
  focusAt: z.number().int().nonnegative().nullable(),
  locked: z.boolean(),
});
export type SessionState = z.infer<typeof sessionSchema>;

export const sessionDefaults: SessionState = {
  phase: 'write',
  timerEndsAt: null,
  focusSection: null,
  focusAt: null,
  locked: false,
};
