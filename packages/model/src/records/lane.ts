import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';
import { orderKey, shortText } from '../fields.ts';
import { FIRST_ORDER_KEY } from '../order.ts';

export const LANE_KINDS = ['campaigns', 'launches', 'brand', 'monthly', 'custom'] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const laneSchema = z.object({
  kind: z.enum(LANE_KINDS),
  label: shortText,
  order: orderKey,
});
export type LaneFields = z.infer<typeof laneSchema>;
export type Lane = Item<LaneFields>;

export const laneSpec: CollectionSpec<typeof laneSchema.shape> = {
  name: 'lanes',
  noun: 'lane',
  schema: laneSchema,
  defaults: { kind: 'custom', label: '', order: FIRST_ORDER_KEY },
};
