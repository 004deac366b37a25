import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { idSet, isoDate, longText, optionalNumber, shortText } from '../fields.ts';
import { budgetAmount, carriedFrom } from './plan.ts';

/** `unjudged` until the team decides whether the event was a highlight or a shortfall. */
export const VERDICTS = ['unjudged', 'highlight', 'shortfall', 'neutral'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const eventSchema = z.object({
  laneId: z.string().max(64),
  title: shortText,
  /** Template campaign key (`double11`…), so next year's board can find the same campaign; '' when custom. */
  campaign: z.string().max(40),
  start: isoDate,
  end: isoDate,
  targetGmv: optionalNumber,
  actualGmv: optionalNumber,
  spend: optionalNumber,
  verdict: z.enum(VERDICTS),
  tags: idSet,
  /** Plan: the planned spend (the target GMV is the planned GMV). */
  budget: budgetAmount.optional(),
  /** Last year's campaign, as the review that this board was started from had it. */
  lastYearGmv: optionalNumber.optional(),
  lastYearSpend: optionalNumber.optional(),
  lastYearVerdict: z.enum(VERDICTS).nullable().optional(),
  /** The plain text of last year's note on the campaign. */
  lastYearNote: longText.optional(),
  carriedFrom: carriedFrom.optional(),
});
export type EventFields = z.infer<typeof eventSchema>;
export type TimelineEvent = Item<EventFields>;

export const eventSpec: CollectionSpec<typeof eventSchema.shape> = {
  name: 'events',
  noun: 'event',
  schema: eventSchema,
  defaults: {
    laneId: '',
    title: '',
    campaign: '',
    start: '1970-01-01',
    end: '1970-01-01',
    targetGmv: null,
    actualGmv: null,
    spend: null,
    verdict: 'unjudged',
    tags: [],
  },
  nested: { tags: 'set' },
  check: (event) => (event.end < event.start ? ['end', 'ends before it starts'] : null),
};
