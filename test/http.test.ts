import { apiErrorBody } from '@balanza/api';
import { describe, expect, it } from 'vitest';
import { serverSuite } from './support/server-suite.ts';

describe('HTTP API', () => {
  const suite = serverSuite({ maxMessageBytes: 64 * 1024 });

  const call = (path: string, init: RequestInit = {}) => fetch(`${suite.server.url}${path}`, init);
  const post = (body: string, contentType = 'application/json') =>
    call('/api/boards', { method: 'POST', headers: { 'content-type': contentType }, body });
  const expectError = async (response: Response, status: number, code: string, message: RegExp) => {
    expect(response.status).toBe(status);
    const body = apiErrorBody.parse(await response.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  };

  it('[SYNC-5] the sync endpoint over plain HTTP says to upgrade (426), after the same checks as the upgrade', async () => {
    const id = await suite.server.createBoard();
    await expectError(
      await call(`/sync/${id}?token=${suite.server.tokenOf(id)}`),
      426,
      'upgrade_required',
      /WebSocket/,
    );
    await expectError(await call(`/sync/${id}`), 401, 'unauthorized', /./);
    await expectError(await call('/sync/bad%20id'), 400, 'invalid_board_id', /letters/);
  });

  it('[API-2] GET /api/health answers ok', async () => {
    const response = await call('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('[API-2] POST creates a board from the template; GET lists and reads it; DELETE removes it', async () => {
    const created = await post(
      JSON.stringify({ title: 'Revisión 2026', shop: 'Tienda', reviewedYear: 2026, currency: 'EUR', locale: 'es' }),
    );
    expect(created.status).toBe(201);
    const { id, meta, token } = (await created.json()) as { id: string; meta: Record<string, unknown>; token: string };
    expect(meta).toMatchObject({ title: 'Revisión 2026', planYear: 2027, currency: 'EUR', locale: 'es' });

    const auth = { authorization: `Bearer ${token}` };
    const list = (await (await call('/api/boards', { headers: { 'x-board-tokens': token ?? '' } })).json()) as {
      boards: Array<{ id: string; title: string; role: string }>;
    };
    expect(list.boards.find((board) => board.id === id)).toMatchObject({ title: 'Revisión 2026', role: 'facilitator' });

    const read = await call(`/api/boards/${id}`, { headers: auth });
    expect(read.status).toBe(200);
    const { snapshot } = (await read.json()) as {
      snapshot: { goals: Array<{ label: string }>; lanes: unknown[]; problems: unknown[] };
    };
    expect(snapshot.goals.map((goal) => goal.label)).toContain('Ventas');
    expect(snapshot.lanes).toHaveLength(4);
    expect(snapshot.problems).toEqual([]);

    // A board's locale is any BCP 47 tag and its currency any ISO 4217 code.
    const mexican = await post(
      JSON.stringify({ title: 'Tienda MX', reviewedYear: 2026, currency: 'MXN', locale: 'es-MX' }),
    );
    expect(mexican.status).toBe(201);
    expect(((await mexican.json()) as { meta: unknown }).meta).toMatchObject({ currency: 'MXN', locale: 'es-MX' });

    expect((await call(`/api/boards/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    // Its links went with it: the old token opens nothing.
    await expectError(await call(`/api/boards/${id}`, { headers: auth }), 401, 'unauthorized', /share link/);
    await expectError(
      await call(`/api/boards/${id}`, { method: 'DELETE', headers: auth }),
      401,
      'unauthorized',
      /share link/,
    );
  });

  it('[API-1] a bad body names the field that is wrong', async () => {
    await expectError(await post(JSON.stringify({ shop: 'x', reviewedYear: 2026 })), 400, 'bad_request', /title/);
    await expectError(await post(JSON.stringify({ title: '', reviewedYear: 2026 })), 400, 'bad_request', /title/);
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 1800 })),
      400,
      'bad_request',
      /reviewedYear/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: '2026' })),
      400,
      'bad_request',
      /reviewedYear/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, currency: 'EURO' })),
      400,
      'bad_request',
      /currency/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, locale: 'en_US' })),
      400,
      'bad_request',
      /locale.*BCP 47/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, locale: 'es-mx' })),
      400,
      'bad_request',
      /locale.*"es-MX"/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, currency: 'XYZ' })),
      400,
      'bad_request',
      /currency.*"XYZ" is not a known ISO 4217/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, planYear: 2020 })),
      400,
      'bad_request',
      /planYear/,
    );
    await expectError(
      await post(JSON.stringify({ title: 'x', reviewedYear: 2026, admin: true })),
      400,
      'bad_request',
      /admin|unrecognized/i,
    );
    await expectError(await post(JSON.stringify([1, 2])), 400, 'bad_request', /expected object/i);
    await expectError(await post('null'), 400, 'bad_request', /expected object/i);
  });

  it('[API-4] a body that is not JSON, or too large, is refused', async () => {
    await expectError(await post('{"title": '), 400, 'bad_request', /not valid JSON/);
    await expectError(
      await post('title=x', 'application/x-www-form-urlencoded'),
      415,
      'unsupported_media_type',
      /JSON/,
    );
    const huge = JSON.stringify({ title: 'x', reviewedYear: 2026, shop: 'y'.repeat(100 * 1024) });
    await expectError(await post(huge), 413, 'payload_too_large', /larger than/);
  });

  it('[API-3] odd board ids are refused before any lookup', async () => {
    for (const id of ['..%2F..%2Fetc', 'a.b', 'x'.repeat(65), '%00', 'a%20b']) {
      await expectError(await call(`/api/boards/${id}`), 400, 'invalid_board_id', /board id/);
    }
    // [AUTH-2] without a token an unknown board looks like any other: no existence oracle.
    await expectError(await call('/api/boards/unknown-board'), 401, 'unauthorized', /share link/);
  });

  it('[API-1] an unknown route under /api is a JSON 404', async () => {
    await expectError(await call('/api/nothing-here'), 404, 'not_found', /no API route/);
  });
});
