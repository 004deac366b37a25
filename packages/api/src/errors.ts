import { z } from 'zod';

/** Error codes the API answers with; clients switch on `code`, people read `message`. */
export const ERROR_CODES = [
  'bad_request',
  'invalid_board_id',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'board_unreadable',
  'unauthorized',
  'forbidden',
  'origin_refused',
  'upgrade_required',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error shape of the API: `{ error: { code, message } }`. Read leniently (`code` is any text),
 * since a newer server may answer with a code this client does not know yet.
 */
export const apiErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiErrorBody = { error: { code: ErrorCode; message: string } };
