import { type BoardMeta, type BoardSnapshot, newBoardSchema, ROLES } from '@balanza/model';
import { z } from 'zod';

/** `POST /api/boards` body (the model's rule for a new board). */
export const newBoardRequest = newBoardSchema;

/** A board as the list shows it, without loading its document. */
export const boardInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  shop: z.string(),
  reviewedYear: z.number().int(),
  planYear: z.number().int(),
  currency: z.string(),
  locale: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type BoardInfo = z.infer<typeof boardInfoSchema>;

/** `GET /api/boards`: the boards the caller holds a token for, each with the caller's role. */
export const boardListResponse = z.object({
  boards: z.array(boardInfoSchema.extend({ role: z.enum(ROLES).optional() })),
});
export type BoardSummary = z.infer<typeof boardListResponse>['boards'][number];

/**
 * A board snapshot as the server sends it. The server built it with the model's readers, which flag
 * every value that does not fit; the client checks the outline (meta and the record lists) so a proxy's
 * or an old server's answer is refused, and trusts the readers for the records themselves.
 */
const snapshotOutline = z.object({
  meta: z.object({ title: z.string(), reviewedYear: z.number(), planYear: z.number() }),
  goals: z.array(z.unknown()),
  ledger: z.array(z.unknown()),
  outcomes: z.array(z.unknown()),
  lanes: z.array(z.unknown()),
  events: z.array(z.unknown()),
  measures: z.array(z.unknown()),
  comments: z.array(z.unknown()),
});
export const boardSnapshotSchema = z.custom<BoardSnapshot>((value) => snapshotOutline.safeParse(value).success, {
  message: 'not a board snapshot (meta and the record lists)',
});

/** `POST /api/boards` → 201: the new board, with its facilitator token (returned only here). */
export const createdBoardResponse = z.object({
  id: z.string(),
  meta: z.custom<BoardMeta>((value) => z.object({ title: z.string() }).safeParse(value).success, {
    message: 'not board meta',
  }),
  token: z.string().min(1),
});

/** `GET /api/boards/:id`: the stored board and the caller's role. */
export const boardResponse = z.object({
  id: z.string(),
  snapshot: boardSnapshotSchema,
  role: z.enum(ROLES).optional(),
});

/**
 * `POST /api/boards/:id/next-year` (no body): the board of the review's plan year, with a facilitator
 * token for it. `created` is false when the review had started its next year already: that board, never
 * a second one.
 */
export const nextYearResponse = createdBoardResponse.extend({ created: z.boolean() });

/**
 * `GET /api/boards/:id/metrics`: the board's review figures, as `@balanza/metrics` computes them (`ReviewMetrics`:
 * each figure `{ ok, value | reason, formula }`); read as an object here, typed by whoever imports the metrics.
 */
export const metricsResponse = z.object({
  id: z.string(),
  metrics: z.custom<object>((value) => typeof value === 'object' && value !== null, { message: 'not metrics' }),
});

/** `GET /api/health`: the process is alive. */
export const healthResponse = z.object({ ok: z.literal(true) });

/**
 * `GET /api/ready` (200 when `ok`, else 503): may a load balancer send clients here? The store must answer;
 * Redis, when the instance shares boards through it, must be connected (`off` when it does not).
 */
export const readyResponse = z.object({
  ok: z.boolean(),
  store: z.enum(['ok', 'unreachable']),
  redis: z.enum(['ok', 'unreachable', 'off']),
});
