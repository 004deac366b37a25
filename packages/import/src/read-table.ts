import { MAX_IMPORT_BYTES } from '@balanza/export';
import Papa from 'papaparse';

/** A file's cell: text as written, or a number (and a date as `yyyy-mm-dd`) where a spreadsheet stored one. */
export type RawCell = string | number;

/** The first sheet (or the chosen one) of a file: its header row and the rows under it, as the file has them. */
export interface RawTable {
  /** The names of the sheets, for a spreadsheet (empty for CSV). */
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: RawCell[][];
  /** Each row's number in the file as a spreadsheet shows it (the header is row 1 when it is the first line). */
  rowNumbers: number[];
}

/** Why a file cannot be read at all; the page says it in the reader's language. */
export type FileProblem =
  | { code: 'tooLarge'; limit: number }
  | { code: 'tooManyRows'; limit: number }
  | { code: 'empty' }
  | { code: 'oldExcel' }
  | { code: 'notTable' }
  | { code: 'notUtf8'; encoding: string | null }
  | { code: 'badCsv'; row: number; message: string }
  | { code: 'badXlsx'; message: string }
  | { code: 'duplicateHeader'; header: string }
  | { code: 'noSheet'; sheet: string };

export type ReadResult = { ok: true; table: RawTable } | { ok: false; problem: FileProblem };

/** The most data rows one import reads. */
export const MAX_IMPORT_ROWS = 20_000;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const UTF16_LE = [0xff, 0xfe];
const UTF16_BE = [0xfe, 0xff];

/**
 * Reads a CSV (UTF-8, with or without a BOM) or an XLSX file into its header row and data rows. The kind comes
 * from the bytes, not the name: an `.xlsx` is a zip, anything else must be UTF-8 text. `sheet` names the
 * workbook's sheet to read, or picks it from the sheet names once the workbook is open (the first when it picks
 * none). Nothing here knows the board; see `planImport` for what the rows mean.
 */
export async function readTable(bytes: Uint8Array, options: { sheet?: SheetChoice } = {}): Promise<ReadResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return fail({ code: 'tooLarge', limit: MAX_IMPORT_BYTES });
  if (bytes.length === 0) return fail({ code: 'empty' });
  if (startsWith(bytes, OLE)) return fail({ code: 'oldExcel' });
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, options.sheet);
  return readCsv(bytes);
}

const fail = (problem: FileProblem): ReadResult => ({ ok: false, problem });

function readCsv(bytes: Uint8Array): ReadResult {
  if (startsWith(bytes, UTF16_LE) || startsWith(bytes, UTF16_BE)) return fail({ code: 'notUtf8', encoding: 'UTF-16' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ code: 'notUtf8', encoding: null });
  }
  // A text file has no NUL bytes; a PDF, an image or an archive does (or fails UTF-8 above).
  if (text.includes('\u0000')) return fail({ code: 'notTable' });
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: delimiterOf(body) });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return fail({ code: 'badCsv', row: (broken.row ?? 0) + 1, message: broken.message });
  return tableOf([], null, parsed.data);
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter the header line uses most, outside quotes. Guessing from the data rows goes wrong on the
 * files it matters most for: a Spanish spreadsheet saves `;` between cells and `,` inside numbers (`1,5`).
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** A sheet by name, or a choice among the workbook's sheet names. */
export type SheetChoice = string | ((sheets: string[]) => string | undefined);

async function readXlsx(bytes: Uint8Array, choice: SheetChoice | undefined): Promise<ReadResult> {
  // ExcelJS is large: loaded only when a spreadsheet is read.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    return fail({ code: 'badXlsx', message: error instanceof Error ? error.message : String(error) });
  }
  const sheets = workbook.worksheets.map((sheet) => sheet.name);
  const wanted = typeof choice === 'function' ? choice(sheets) : choice;
  const worksheet = wanted === undefined ? workbook.worksheets[0] : workbook.getWorksheet(wanted);
  if (!worksheet) return wanted === undefined ? fail({ code: 'empty' }) : fail({ code: 'noSheet', sheet: wanted });
  const rows: RawCell[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellValue(cell.value);
    });
    rows[number - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return tableOf(
    sheets,
    worksheet.name,
    Array.from(rows, (row) => row ?? []),
  );
}

/** A spreadsheet cell as text or number: formulas by their result, dates as ISO days, rich text as its text. */
function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const object = value as { result?: unknown; richText?: Array<{ text: string }>; text?: unknown; error?: string };
    if ('result' in object) return cellValue(object.result);
    if (object.richText) return object.richText.map((run) => run.text).join('');
    if ('text' in object) return cellValue(object.text);
    if (object.error) return object.error;
  }
  return String(value);
}

const isBlank = (cell: RawCell | undefined) => cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** The first non-blank row is the header; blank rows under it are dropped; each row is as wide as the header. */
function tableOf(sheets: string[], sheet: string | null, all: RawCell[][]): ReadResult {
  const filled = all.flatMap((row, index) => (row.every(isBlank) ? [] : [{ row, number: index + 1 }]));
  const header = filled[0]?.row;
  const rows = filled.slice(1).map((entry) => entry.row);
  if (!header || rows.length === 0) return fail({ code: 'empty' });
  if (rows.length > MAX_IMPORT_ROWS) return fail({ code: 'tooManyRows', limit: MAX_IMPORT_ROWS });
  const headers = header.map((cell) => String(cell).trim());
  const seen = new Set<string>();
  for (const name of headers) {
    if (name !== '' && seen.has(name.toLowerCase())) return fail({ code: 'duplicateHeader', header: name });
    seen.add(name.toLowerCase());
  }
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  const named = Array.from({ length: width }, (_, i) => headers[i] || columnLetter(i));
  return {
    ok: true,
    table: {
      sheets,
      sheet,
      headers: named,
      rows: rows.map((row) => named.map((_, i) => row[i] ?? '')),
      rowNumbers: filled.slice(1).map((entry) => entry.number),
    },
  };
}

/** A column's spreadsheet letter (0 → A, 26 → AA): how a header-less column is named, and how errors point. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
