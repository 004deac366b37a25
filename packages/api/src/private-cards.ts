import { z } from 'zod';

/** `POST /api/boards/:id/reveal` ([MEMBER-5]): no options; an empty object (or no body) is all it takes. */
export const revealRequest = z.object({}).strict();

/** What a reveal did: private cards moved onto the board, and cards hidden the old way shown. */
export const revealResponse = z.object({ revealed: z.number().int().min(0), shown: z.number().int().min(0) });

/** `GET /api/boards/:id/private-cards`: how many private cards wait for the reveal (never what they say). */
export const privateCardsResponse = z.object({ waiting: z.number().int().min(0) });
