import { ROLES } from '@balanza/model';
import { z } from 'zod';

/** One share link: a role on a board, until revoked. */
export const shareLinkSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  role: z.enum(ROLES),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
  /** A member's name and colour; both null for a role link ("anyone with this link"). */
  name: z.string().nullable(),
  color: z.string().nullable(),
  /** When a connection of this link last opened the board. */
  lastSeenAt: z.number().nullable(),
  /** The role link a member joined through; null when invited by name (or for a role link). */
  via: z.string().nullable(),
});
export type ShareLink = z.infer<typeof shareLinkSchema>;

/**
 * A link as the facilitator's dialog lists it; `token` is null once revoked. `creator` marks the creator's
 * own link (the board's first facilitator link), which cannot be revoked: the server decides which it is.
 */
export const listedLinkSchema = shareLinkSchema.extend({ token: z.string().nullable(), creator: z.boolean() });
export type ListedLink = z.infer<typeof listedLinkSchema>;

// A facilitator link hands facilitation on (a co-facilitator); only the creator's own cannot be revoked.
/** `POST /api/boards/:id/links` body. */
export const newLinkRequest = z
  .object({ role: z.enum(ROLES, { message: `one of ${ROLES.map((role) => `"${role}"`).join(', ')}` }) })
  .strict();

/** `GET /api/boards/:id/links`. */
export const linksResponse = z.object({ links: z.array(listedLinkSchema) });
/** `POST /api/boards/:id/links` → 201. */
export const createdLinkResponse = z.object({ link: listedLinkSchema });
