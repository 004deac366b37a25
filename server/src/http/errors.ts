import type { ApiErrorBody, ErrorCode } from '@balanza/api';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Refusal } from '../auth/refusals.ts';

/** The one error shape of the API: `{ error: { code, message } }` (@balanza/api). */
export const apiError = (c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) =>
  c.json({ error: { code, message } } satisfies ApiErrorBody, status);

/** Answers a refusal the sync upgrade shares with the API. */
export const refuse = (c: Context, { status, code, message }: Refusal) => apiError(c, status, code, message);
