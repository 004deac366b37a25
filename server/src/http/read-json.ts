import type { Context } from 'hono';

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 415; message: string };

/** Reads a JSON body: 415 when it is not sent as JSON, 400 when it does not parse. */
export async function readJson(c: Context): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, status: 415, message: 'send the body as JSON with Content-Type: application/json' };
  }
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, status: 400, message: 'the body is not valid JSON' };
  }
}
