import { parseWith } from '@balanza/api';
import type { Context } from 'hono';
import type { z } from 'zod';
import { apiError } from './errors.ts';

/**
 * Reads a JSON body and checks it against `schema`: the value, or the error answer to return — 415
 * when it is not sent as JSON, 400 when it does not parse or does not fit (`field: what is wrong`).
 */
export async function readBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<{ ok: true; value: z.output<S> } | { ok: false; answer: Response }> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json'))
    return {
      ok: false,
      answer: apiError(c, 415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json'),
    };
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    return { ok: false, answer: apiError(c, 400, 'bad_request', 'the body is not valid JSON') };
  }
  const parsed = parseWith(schema, value);
  return parsed.ok
    ? { ok: true, value: parsed.data }
    : { ok: false, answer: apiError(c, 400, 'bad_request', parsed.message) };
}
