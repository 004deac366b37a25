import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the API answers with; clients switch on `code`, people read `message`. */
export type ErrorCode =
  | 'bad_request'
  | 'invalid_board_id'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'board_unreadable'
  | 'unauthorized'
  | 'forbidden'
  | 'origin_refused'
  | 'upgrade_required'
  | 'internal';

/** The one error shape of the API: `{ error: { code, message } }`. */
export const apiError = (c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) =>
  c.json({ error: { code, message } }, status);
