import { z } from 'zod';
import { boardSnapshotSchema } from './boards.ts';

/** A saved version of a board, as the version list shows it (no document bytes). */
export const versionInfoSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  /** What the person who saved it called it; null for an automatic version. */
  name: z.string().nullable(),
  auto: z.boolean(),
  createdAt: z.number(),
  /** The display name of who saved it; null for an automatic version. */
  createdBy: z.string().nullable(),
});
export type VersionInfo = z.infer<typeof versionInfoSchema>;

/** `POST /api/boards/:id/versions` body. */
export const newVersionRequest = z
  .object({
    name: z.string().trim().min(1, 'give the version a name').max(120, 'at most 120 characters'),
    /** The display name of who saves it, as the app knows its user. */
    author: z.string().trim().max(60, 'at most 60 characters').optional(),
  })
  .strict();
export type NewVersion = z.input<typeof newVersionRequest>;

/** `GET /api/boards/:id/versions`: newest first. */
export const versionsResponse = z.object({ versions: z.array(versionInfoSchema) });
/** `POST /api/boards/:id/versions` → 201. */
export const savedVersionResponse = z.object({ version: versionInfoSchema });

/**
 * `GET /api/boards/:id/versions/:versionId`: the records as a snapshot, and the rich-text notes as
 * base64 of a Yjs update (they need their structure); an older server sends no notes.
 */
export const versionResponse = z.object({
  version: versionInfoSchema,
  snapshot: boardSnapshotSchema,
  notes: z.string().optional(),
  /** The members who edited between the version before this one and this one ([MEMBER-4]); an older server sends none. */
  editedBy: z.array(z.string()).optional(),
});

/**
 * `POST /api/boards/:id/versions/:versionId/restore-threads` body (facilitator, [VERSION-9]): the threads of the
 * version to write back, or every one of them when `threads` is left out.
 */
export const restoreThreadsRequest = z
  .object({
    threads: z.array(z.string().min(1).max(64)).min(1).max(10_000).optional(),
    /** The name of the version saved just before the restore, in the page's language. */
    before: newVersionRequest.shape.name.optional(),
  })
  .strict();
export type RestoreThreadsRequest = z.input<typeof restoreThreadsRequest>;

/** The answer: the ids of the threads the restore changed and brought back (compared before it wrote). */
export const restoreThreadsResponse = z.object({
  changed: z.array(z.string()),
  deleted: z.array(z.string()),
  /** The named version saved of the board as it was just before the restore, so the restore can be taken back. */
  before: versionInfoSchema,
});
