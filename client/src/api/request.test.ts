import { versionsResponse } from '@balanza/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from './boards.ts';

// What a proxy, an old server or a broken network may answer: the page must get a clear error, never
// a value shaped otherwise than the API says.
const answer = (body: string, status = 200) =>
  vi.stubGlobal('fetch', async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

afterEach(() => vi.unstubAllGlobals());

describe('request reads answers through the API schemas', () => {
  it('returns an answer that fits', async () => {
    const version = { id: 'v1', boardId: 'b', name: 'Q1', auto: false, createdAt: 1, createdBy: null };
    answer(JSON.stringify({ versions: [version] }));
    expect(await request('/x', versionsResponse)).toEqual({ versions: [version] });
  });

  it('refuses an answer that does not fit, saying which field', async () => {
    answer(JSON.stringify({ versions: [{ id: 'v1', createdAt: 'yesterday' }] }));
    const error = await request('/x', versionsResponse).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', code: 'bad_response' });
    expect((error as ApiError).message).toMatch(/versions\.0\.boardId/);
  });

  it('keeps the server’s own error code and message', async () => {
    answer(JSON.stringify({ error: { code: 'forbidden', message: 'only a facilitator may do this' } }), 403);
    await expect(request('/x', versionsResponse)).rejects.toMatchObject({
      kind: 'http',
      status: 403,
      code: 'forbidden',
      message: 'only a facilitator may do this',
    });
  });

  it('an error page that is not JSON is an http error; a dead proxy is "cannot reach"', async () => {
    answer('<html>oops</html>', 500);
    await expect(request('/x', versionsResponse)).rejects.toMatchObject({ kind: 'http', code: 'http_error' });
    answer('', 502);
    await expect(request('/x', versionsResponse)).rejects.toMatchObject({ kind: 'network', code: 'unreachable' });
  });
});
