import type { BoardContent } from '@balanza/model';
import { strToU8, zipSync } from 'fflate';
import { type Cell, neutralise, type Table } from './cells.ts';
import { recordTables } from './tables.ts';

/** Excel reads a CSV as UTF-8 (accents, Chinese) only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

const quoted = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One CSV field: numbers as plain decimals (never quoted, never neutralised), text made inert and quoted. */
function field(cell: Cell): string {
  if (cell.kind !== 'text') return cell.value === null ? '' : String(cell.value);
  return quoted(neutralise(cell.value));
}

/** A table as CSV text (RFC 4180: comma, CRLF, double quotes), with the BOM ([EXPORT-2]). */
export function tableCsv(table: Table): string {
  const lines = [table.headers.map((header) => quoted(neutralise(header))), ...table.rows.map((row) => row.map(field))];
  return `${BOM}${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/**
 * The board's records as CSV, one file per table (goals, ledger, outcomes, events, measures), in one zip
 * ([EXPORT-2]). `mtime` is fixed so the same board gives the same bytes.
 */
export function boardCsvZip(board: BoardContent): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const table of recordTables(board)) files[`${table.name}.csv`] = [strToU8(tableCsv(table)), { mtime }];
  return zipSync(files, { level: 6 });
}
