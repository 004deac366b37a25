import ExcelJS from 'exceljs';
import type { Cell, Table } from './cells.ts';
import { neutralise } from './cells.ts';
import type { ExportSource } from './envelope.ts';
import { planTables } from './plan-tables.ts';
import { allTables } from './tables.ts';

/**
 * An Excel number format for money in `currency`, with the symbol the board's locale writes and as many
 * decimals as the currency has (CN¥1,234.50; ¥1,235 for JPY): numbers stay numbers, shown as money.
 */
export function currencyFormat(locale: string, currency: string): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  } catch {
    format = new Intl.NumberFormat('en', { style: 'currency', currency });
  }
  const symbol = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const number = digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  const quoted = `"${symbol.replaceAll('"', '')}"`;
  return `${quoted}${number};-${quoted}${number}`;
}

export const PERCENT_FORMAT = '0.0%';
/** A multiple (a ROAS) as Excel shows it: 12.5× — the number stays a number. */
export const MULTIPLE_FORMAT = '#,##0.0#"×"';
const NUMBER_FORMAT = '#,##0.##';
/** The Excel format of each kind of number cell; money's depends on the board's currency. */
const NUMBER_FORMATS: Partial<Record<Cell['kind'], string>> = {
  number: NUMBER_FORMAT,
  percent: PERCENT_FORMAT,
  multiple: MULTIPLE_FORMAT,
};

// Excel refuses sheet names over 31 characters or with any of : \ / ? * [ ].
const sheetName = (title: string, taken: Set<string>): string => {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
};

const cellValue = (cell: Cell): string | number | null => (cell.kind === 'text' ? neutralise(cell.value) : cell.value);

function addSheet(workbook: ExcelJS.Workbook, table: Table, name: string, moneyFormat: string): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers.map(neutralise)).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, index) => {
      if (cell.kind === 'text') return;
      added.getCell(index + 1).numFmt = NUMBER_FORMATS[cell.kind] ?? moneyFormat;
    });
  }
  table.headers.forEach((header, index) => {
    const longest = Math.max(header.length, ...table.rows.map((row) => String(row[index]?.value ?? '').length));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
}

/**
 * The board as an Excel workbook ([EXPORT-3]): a summary sheet, then one sheet per section (goals, input and
 * output, outcomes, timeline, measures, comments, notes), then the plan's sheets when it has one ([EXPORT-10]). Figures are numbers, money carries the board's
 * currency format, fractions a percent format; text that a spreadsheet would run as a formula is made inert.
 */
export async function boardXlsx(source: ExportSource): Promise<Uint8Array> {
  const { meta } = source.board;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balanza';
  workbook.title = meta.title;
  const moneyFormat = currencyFormat(meta.locale, meta.currency);
  const taken = new Set<string>();
  const tables = [...allTables(source), ...planTables(source.board)];
  for (const table of tables) addSheet(workbook, table, sheetName(table.title, taken), moneyFormat);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
