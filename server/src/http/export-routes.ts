import type { createdBoardResponse } from '@balanza/api';
import {
  attachmentHeader,
  boardCsvZip,
  boardJson,
  boardMarkdown,
  type ExportSource,
  exportFileName,
  exportSource,
  MAX_IMPORT_BYTES,
  parseBoardExport,
} from '@balanza/export';
import { boardXlsx } from '@balanza/export/xlsx';
import { importBoard, ModelError, newId } from '@balanza/model';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import type { Logger } from '../log.ts';
import type { Rooms } from '../sync/rooms.ts';
import type { AuthEnv } from './auth.ts';
import { apiError } from './errors.ts';
import { openOr404 } from './open-board.ts';

/** Each export format: its extension, content type, and how its bytes are made from the board. */
const FORMATS = {
  md: { type: 'text/markdown; charset=utf-8', build: (source: ExportSource) => boardMarkdown(source) },
  csv: { type: 'application/zip', build: (source: ExportSource) => boardCsvZip(source.board) },
  json: { type: 'application/json; charset=utf-8', build: (source: ExportSource) => boardJson(source) },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: (source: ExportSource) => boardXlsx(source),
  },
} as const;

/** A CSV export is a zip of CSV files: its name says zip. */
const EXTENSIONS: Record<keyof typeof FORMATS, string> = { md: 'md', csv: 'csv.zip', json: 'json', xlsx: 'xlsx' };

/**
 * `GET /api/boards/:id/export.{md,csv,json,xlsx}` (viewer and up, through the `/boards/:id/*` guards): the
 * board as a download, named after its title ([EXPORT-7]).
 */
export function mountExportRoutes(api: Hono<AuthEnv>, rooms: Rooms): void {
  for (const [extension, format] of Object.entries(FORMATS)) {
    api.get(`/boards/:id/export.${extension}`, async (c) => {
      const room = await openOr404(c, rooms, c.req.param('id'));
      if (room instanceof Response) return room;
      const source = exportSource(room.doc);
      const body = await format.build(source);
      const name = exportFileName(source.board.meta.title, EXTENSIONS[extension as keyof typeof FORMATS]);
      return c.body(body as string | Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': format.type,
        'Content-Disposition': attachmentHeader(name),
        'Cache-Control': 'no-store',
      });
    });
  }
}

/**
 * `POST /api/boards/import` (anyone who may create a board, so anyone): a JSON export becomes a new board,
 * and its creator gets a facilitator link, as with `POST /api/boards` ([EXPORT-6]). Not an export, an unknown
 * format version, a record that does not fit or a body over 5 MB is refused with a 4xx and makes nothing.
 * Mounted before the API's own body limit, which is smaller than an export may be.
 */
export function mountImportRoute(
  api: Hono<AuthEnv>,
  { rooms, access, log }: { rooms: Rooms; access: Access; log: Logger },
) {
  api.post(
    '/boards/import',
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: (c) =>
        apiError(c, 413, 'payload_too_large', `an export to import is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
    }),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json'))
        return apiError(
          c,
          415,
          'unsupported_media_type',
          'send the export as JSON with Content-Type: application/json',
        );
      let value: unknown;
      try {
        value = await c.req.json();
      } catch {
        return apiError(c, 400, 'bad_request', 'the file is not valid JSON; choose a board export (.json)');
      }
      const parsed = parseBoardExport(value);
      if (!parsed.ok) return apiError(c, 400, 'bad_request', parsed.message);
      let doc: ReturnType<typeof importBoard>;
      try {
        doc = importBoard(parsed.value.board, parsed.value.notes);
      } catch (error) {
        if (error instanceof ModelError) return apiError(c, 400, 'bad_request', error.message);
        throw error;
      }
      const created = await rooms.store(newId(), doc);
      const { token } = await access.createLink(created.id, 'facilitator');
      log.info({ board: created.id }, 'board imported');
      return c.json({ ...created, token } satisfies z.input<typeof createdBoardResponse>, 201);
    },
  );
}
