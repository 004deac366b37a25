import type { z } from 'zod';

export type Parsed<T> = { ok: true; data: T } | { ok: false; message: string };

/**
 * Checks `value` against `schema`; on failure, the first problem as a person reads it: `field: what is
 * wrong` (`body: …` when the value as a whole is wrong). Used by the server on requests and by the
 * client on answers, so both report a bad payload the same way.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}` };
}
