import {
  type BoardContent,
  eventSchema,
  goalSchema,
  laneSchema,
  ledgerSchema,
  measureSchema,
  metaSchema,
  type NoteDataNode,
  noteDataSchema,
  outcomeSchema,
  planSchema,
  readBoard,
  readNoteData,
  scenarioSchema,
  sessionSchema,
  threadSchema,
} from '@balanza/model';
import type * as Y from 'yjs';
import { z } from 'zod';

export const EXPORT_FORMAT = 'balanza-board';
export const EXPORT_VERSION = 1;
/** The largest export the import takes ([EXPORT-6]). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Deeper JSON than this is not a board (a note nests a few levels): refused before it is walked. */
const MAX_DEPTH = 64;

/** What every export is built from: the board as plain data and its notes' rich text. */
export interface ExportSource {
  board: BoardContent;
  notes: Record<string, NoteDataNode[]>;
}

/** The JSON export of a board: a versioned envelope that imports back as a new board ([EXPORT-4]). */
export interface BoardExport extends ExportSource {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
}

/** The board of a document, for the exports (the readers' problem list is left out). */
export function exportSource(doc: Y.Doc): ExportSource {
  const { problems: _problems, ...board } = readBoard(doc);
  return { board, notes: readNoteData(doc) };
}

/** The whole board as JSON text: `{ format: 'balanza-board', version: 1, board, notes }`. */
export const boardJson = (source: ExportSource): string =>
  JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, board: source.board, notes: source.notes } satisfies BoardExport,
    null,
    2,
  );

const withId = <S extends z.ZodRawShape>(schema: z.ZodObject<S>) =>
  schema.extend({ id: z.string().min(1, 'expected an id').max(64) });

const boardSchema = z.object({
  meta: metaSchema.partial({ schemaVersion: true, createdAt: true }),
  goals: z.array(withId(goalSchema)),
  ledger: z.array(withId(ledgerSchema)),
  outcomes: z.array(withId(outcomeSchema)),
  lanes: z.array(withId(laneSchema)),
  events: z.array(withId(eventSchema)),
  measures: z.array(withId(measureSchema)),
  comments: z.array(withId(threadSchema)),
  scenarios: z.array(withId(scenarioSchema)),
  session: sessionSchema,
  plan: planSchema,
});

/** The zod schema of a version-1 export: every record checked with the model's own schema. */
export const boardExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  board: boardSchema,
  notes: z.record(z.string().max(100), z.array(noteDataSchema)),
});

export type ImportRefusal = 'not-an-export' | 'unknown-version' | 'invalid';
export type ParsedExport = { ok: true; value: BoardExport } | { ok: false; reason: ImportRefusal; message: string };

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Checks parsed JSON as a board export ([EXPORT-6]), saying what is wrong: not an export at all, an export
 * of a format version this code does not read, or a record that does not fit (`board.goals.2.target: …`).
 */
export function parseBoardExport(value: unknown): ParsedExport {
  const envelope = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  if (envelope?.format !== EXPORT_FORMAT)
    return {
      ok: false,
      reason: 'not-an-export',
      message: `this is not a Balanza board export (it has no "format": "${EXPORT_FORMAT}")`,
    };
  if (envelope.version !== EXPORT_VERSION)
    return {
      ok: false,
      reason: 'unknown-version',
      message: `this export is of format version ${JSON.stringify(envelope.version)}; this Balanza reads version ${EXPORT_VERSION}`,
    };
  if (depthOf(value) > MAX_DEPTH)
    return { ok: false, reason: 'invalid', message: `the export nests deeper than ${MAX_DEPTH} levels` };
  const parsed = boardExportSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as unknown as BoardExport };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: 'invalid', message: `${issue?.path.join('.') || 'export'}: ${issue?.message}` };
}
