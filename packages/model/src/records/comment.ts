import { z } from 'zod';
import type { CollectionSpec, Item } from '../collection.ts';

/** What a thread is attached to: a record of a collection, or a whole section. */
export const TARGET_KINDS = ['goal', 'ledger', 'outcome', 'lane', 'event', 'measure', 'section'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const messageSchema = z.object({
  id: z.string().max(64),
  author: z.string().max(80),
  authorId: z.string().max(64),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  text: z.string().max(10_000),
  time: z.number().int().nonnegative(),
  editedAt: z.number().int().nonnegative().nullable().default(null),
  deleted: z.boolean().default(false),
});
export type CommentMessage = z.infer<typeof messageSchema>;

export const threadSchema = z.object({
  targetKind: z.enum(TARGET_KINDS),
  targetId: z.string().max(64),
  resolved: z.boolean(),
  createdAt: z.number().int().nonnegative(),
  messages: z.array(messageSchema),
});
export type ThreadFields = z.infer<typeof threadSchema>;
export type CommentThread = Item<ThreadFields>;

export const threadSpec: CollectionSpec<typeof threadSchema.shape> = {
  name: 'comments',
  noun: 'comment thread',
  schema: threadSchema,
  defaults: { targetKind: 'section', targetId: '', resolved: false, createdAt: 0, messages: [] },
  nested: { messages: 'records' },
  nestedRecords: { messages: messageSchema },
};
