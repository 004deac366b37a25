/**
 * [EXPORT-2] the CSV export is a zip of goals, ledger, outcomes, events and measures, each UTF-8 with a BOM,
 *            numbers as plain numbers, accents and Chinese intact
 * [EXPORT-3] the XLSX export has one sheet per section, figures as numbers with the board's currency format,
 *            and text that would run as a formula made inert (in CSV too); numbers, negative ones included,
 *            stay numbers
 */
import { type BoardContent, readBoard } from '@balanza/model';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, boardCsvZip } from './csv.ts';
import { exportSource } from './envelope.ts';
import { HOSTILE, hostileBoard } from './test-boards.ts';
import { boardXlsx, currencyFormat } from './xlsx.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const board = (): BoardContent => readBoard(hostileBoard());

function csvFiles(zip: Uint8Array): Record<string, string> {
  // ignoreBOM: keep the byte-order mark in the text, to see that it is there.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, utf8.decode(bytes)]));
}

describe('CSV export', () => {
  it('[EXPORT-2] holds one CSV per record table, each starting with a BOM', () => {
    const files = csvFiles(boardCsvZip(board()));
    expect(Object.keys(files).sort()).toEqual([
      'events.csv',
      'goals.csv',
      'ledger.csv',
      'measures.csv',
      'outcomes.csv',
    ]);
    for (const text of Object.values(files)) expect(text.startsWith(BOM)).toBe(true);
  });

  it('[EXPORT-2] keeps numbers as numbers and accents and Chinese as written', () => {
    const rows = Papa.parse<string[]>(csvFiles(boardCsvZip(board()))['goals.csv']?.slice(1) ?? '', {
      skipEmptyLines: true,
    }).data;
    const [header, ...goals] = rows;
    expect(header?.[0]).toBe('Objetivo');
    const labels = goals.map((row) => row[0]);
    expect(labels).toContain('Señales, ñandú y café');
    expect(labels).toContain('年度复盘：双十一');
    const target = header?.indexOf('Meta') ?? -1;
    const actual = header?.indexOf('Real') ?? -1;
    const hostileGoals = goals.slice(-HOSTILE.length);
    expect(hostileGoals.map((row) => Number(row[target]))).toEqual(HOSTILE.map((_, n) => 1000 * (n + 1)));
    // A negative figure is a number, written as such: never quoted as text.
    expect(hostileGoals[2]?.[actual]).toBe('-1000');
  });

  it('[EXPORT-3] neutralises text a spreadsheet would run as a formula', () => {
    const files = csvFiles(boardCsvZip(board()));
    for (const [name, text] of Object.entries(files)) {
      const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      const texts = rows.flat().filter((cell) => Number.isNaN(Number(cell)));
      for (const cell of texts) expect(FORMULA_START.test(cell), `${name}: ${JSON.stringify(cell)}`).toBe(false);
    }
    const measures = Papa.parse<string[]>(files['measures.csv']?.slice(1) ?? '').data.map((row) => row[1]);
    expect(measures).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(measures).toContain("'@SUM(A1:A2)");
    expect(measures).toContain("'\t=cmd");
  });
});

describe('XLSX export', () => {
  async function workbook() {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await boardXlsx(exportSource(hostileBoard()))) as unknown as ArrayBuffer);
    return book;
  }

  it('[EXPORT-3] has a sheet per section, in the board language', async () => {
    const names = (await workbook()).worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      'Resumen',
      'Objetivos',
      'Inversión y resultado',
      'Resultados no monetarios',
      'Línea de tiempo',
      'Medidas',
      'Comentarios',
      'Notas de reflexión',
    ]);
  });

  it('[EXPORT-3] writes figures as numbers with the currency format, and text inert', async () => {
    const book = await workbook();
    const goals = book.getWorksheet('Objetivos');
    if (!goals) throw new Error('no goals sheet');
    const header = (goals.getRow(1).values as unknown[]).slice(1);
    const targetColumn = header.indexOf('Meta') + 1;
    const lastRow = goals?.rowCount ?? 0;
    const money = goals?.getRow(lastRow - HOSTILE.length + 1).getCell(targetColumn);
    expect(typeof money?.value).toBe('number');
    expect(money?.value).toBe(1000);
    expect(money?.numFmt).toBe(currencyFormat('es', 'EUR'));
    expect(money?.numFmt).toContain('€');
    const actual = goals?.getRow(lastRow - HOSTILE.length + 3).getCell(header.indexOf('Real') + 1);
    expect(actual?.value).toBe(-1000);
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') expect(FORMULA_START.test(cell.value), cell.value).toBe(false);
          expect(cell.formula).toBeUndefined();
        }),
      );
    const labels = goals?.getColumn(1).values as unknown[];
    expect(labels).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(labels).toContain('年度复盘：双十一');
  });

  it('[EXPORT-3] uses each currency’s own decimals', () => {
    expect(currencyFormat('ja', 'JPY')).not.toContain('.');
    expect(currencyFormat('zh-CN', 'CNY')).toContain('¥');
    expect(currencyFormat('en', 'USD')).toContain('$');
  });
});
