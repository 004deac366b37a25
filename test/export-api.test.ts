/**
 * Server routes of the exports and of the import ([EXPORT-9], [EXPORT-6]): each format with its content type
 * and a download name from the title, for every role from viewer up; nothing without a good token; a board
 * that is gone is a 404; an import makes a new board equal to the exported one, and a bad one makes nothing.
 */
import { apiErrorBody } from '@balanza/api';
import { addGoal, type readBoard, updateMeta } from '@balanza/model';
import { createMemoryStore } from '@balanza/server';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serverSuite } from './support/server-suite.ts';

const FORMATS = [
  ['md', 'text/markdown; charset=utf-8', 'md'],
  ['csv', 'application/zip', 'csv.zip'],
  ['json', 'application/json; charset=utf-8', 'json'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
] as const;

describe('board exports over HTTP', () => {
  const suite = serverSuite();

  it('[EXPORT-9][EXPORT-7] each format downloads for a viewer, with its type and a name from the title', async () => {
    const boardId = await suite.server.createBoard({ title: 'Repaso 2026 / Tienda ñ', reviewedYear: 2026 });
    const viewer = await suite.server.share(boardId, 'viewer');
    for (const [extension, type, suffix] of FORMATS) {
      const response = await suite.server.api(`/api/boards/${boardId}/export.${extension}`, {}, viewer.token);
      expect(response.status, extension).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      const name = `Repaso 2026 - Tienda ñ.${suffix}`;
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Repaso 2026 - Tienda n.${suffix}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (extension === 'md') expect(new TextDecoder().decode(bytes)).toMatch(/^# Repaso 2026 \/ Tienda ñ\n/);
      if (extension === 'csv') expect(Object.keys(unzipSync(bytes))).toContain('goals.csv');
      if (extension === 'json')
        expect(JSON.parse(new TextDecoder().decode(bytes))).toMatchObject({ format: 'balanza-board', version: 1 });
      if (extension === 'xlsx') {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes.buffer as ArrayBuffer);
        expect(book.worksheets.length).toBe(8);
      }
    }
  });

  it('[EXPORT-9][API-2] nothing without a good token; a board that is gone is a 404', async () => {
    const boardId = await suite.server.createBoard({ title: 'Private', reviewedYear: 2026 });
    const other = await suite.server.createBoard({ title: 'Other', reviewedYear: 2026 });
    for (const [extension] of FORMATS) {
      const none = await suite.server.api(`/api/boards/${boardId}/export.${extension}`, {}, null);
      expect(none.status).toBe(401);
      const wrong = await suite.server.api(
        `/api/boards/${boardId}/export.${extension}`,
        {},
        suite.server.tokenOf(other),
      );
      expect(wrong.status).toBe(401);
      expect(apiErrorBody.parse(await wrong.json()).error.code).toBe('unauthorized');
    }
    const token = suite.server.tokenOf(boardId);
    await suite.server.server.rooms.delete(boardId);
    const gone = await suite.server.api(`/api/boards/${boardId}/export.md`, {}, token);
    expect(gone.status).toBe(404);
  });
});

describe('POST /api/boards/import', () => {
  // A store of its own, to count the boards a refused import must not make.
  const store = createMemoryStore();
  const suite = serverSuite({ store });
  const post = (body: string, type = 'application/json') =>
    suite.server.api('/api/boards/import', { method: 'POST', headers: { 'content-type': type }, body }, null);

  it('[EXPORT-6][EXPORT-4] an export becomes a new board with the same records, and its facilitator link', async () => {
    const boardId = await suite.server.createBoard({ title: 'Año 2026 <b>', reviewedYear: 2026, locale: 'es' });
    const client = suite.connect(boardId);
    await client.synced;
    addGoal(client.doc, { label: '=SUM(A1)', target: 10, actual: 12 });
    updateMeta(client.doc, { shop: 'Té y café' });
    await expect.poll(async () => (await suite.server.stored(boardId)).goals.length).toBe(8);
    const exported = await (
      await suite.server.api(`/api/boards/${boardId}/export.json`, {}, suite.server.tokenOf(boardId))
    ).text();

    const response = await post(exported);
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; token: string; meta: { title: string } };
    expect(created.id).not.toBe(boardId);
    expect(created.meta.title).toBe('Año 2026 <b>');
    const answer = await suite.server.api(`/api/boards/${created.id}`, {}, created.token);
    const imported = (await answer.json()) as { snapshot: ReturnType<typeof readBoard>; role: string };
    expect(imported.role).toBe('facilitator');
    const original = await suite.server.stored(boardId);
    expect(imported.snapshot.goals).toEqual(original.goals);
    expect(imported.snapshot.events).toEqual(original.events);
    expect(imported.snapshot.meta.shop).toBe('Té y café');
  });

  it('[EXPORT-6] not an export, an unknown version, a bad record, bad JSON, too large: a 4xx and no board', async () => {
    const before = (await store.list()).length;
    const board = await suite.server.createBoard({ title: 'Source', reviewedYear: 2026 });
    const exported = JSON.parse(
      await (await suite.server.api(`/api/boards/${board}/export.json`, {}, suite.server.tokenOf(board))).text(),
    );
    const cases: Array<[string, number, RegExp, string?]> = [
      [JSON.stringify({ hello: 'world' }), 400, /not a Balanza board export/],
      [JSON.stringify({ ...exported, version: 2 }), 400, /format version 2; this Balanza reads version 1/],
      [
        JSON.stringify({
          ...exported,
          board: { ...exported.board, goals: [{ ...exported.board.goals[0], target: 'lots' }] },
        }),
        400,
        /^board\.goals\.0\.target: /,
      ],
      [
        JSON.stringify({
          ...exported,
          board: { ...exported.board, goals: [exported.board.goals[0], exported.board.goals[0]] },
        }),
        400,
        /exists already/,
      ],
      ['{ not json', 400, /not valid JSON/],
      [JSON.stringify(exported), 415, /as JSON/, 'text/plain'],
      [JSON.stringify({ ...exported, padding: 'x'.repeat(5 * 1024 * 1024) }), 413, /at most 5 MB/],
    ];
    for (const [body, status, message, type] of cases) {
      const response = await post(body, type);
      expect(response.status, String(message)).toBe(status);
      expect(apiErrorBody.parse(await response.json()).error.message).toMatch(message);
    }
    expect((await store.list()).length).toBe(before + 1);
  });
});
