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
  /** Who asked for the last "bring everyone here" (their display name), for the others' notice. */
  focusBy: z.string().max(80).nullable(),
  /** Locks the whole board for everyone but the facilitator. */
  locked: z.boolean(),
  /** Private writing: new measures stay hidden from everyone but their author until the facilitator reveals them. */
  privateWriting: z.boolean(),
  /** Measure columns nobody but the facilitator can change. */
  lockedColumns: z.array(z.enum(['keep', 'change', 'add'])).max(3),
  /** How many votes each person may give to measures in all (set by the facilitator). */
  measureVoteLimit: z.number().int().min(0).max(99),
});
export type SessionState = z.infer<typeof sessionSchema>;

export const sessionDefaults: SessionState = {
  phase: 'write',
  timerEndsAt: null,
  focusSection: null,
  focusAt: null,
  focusBy: null,
  locked: false,
  privateWriting: false,
  lockedColumns: [],
  measureVoteLimit: 3,
};
