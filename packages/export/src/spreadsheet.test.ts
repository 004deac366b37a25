/**
 * [EXPORT-2] the CSV export is a zip of goals, ledger, outcomes, events and measures, each UTF-8 with a BOM,
 *            numbers as plain numbers, accents and Chinese intact
 * [EXPORT-3] the XLSX export has one sheet per section, figures as numbers with the board's currency format,
 *            and text that would run as a formula made inert (in CSV too); numbers, negative ones included,
 *            stay numbers
 * [EXPORT-10] a plan board's workbook has the plan's sheets: figures with formulas, targets by month,
 *             budgets, campaigns, scenarios side by side, items and tracking, money in the currency format
 */
import { type BoardContent, readBoard } from '@balanza/model';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, boardCsvZip } from './csv.ts';
import { exportSource } from './envelope.ts';
import { HOSTILE, hostileBoard } from './test-boards.ts';
import { PLAN_FIGURES, planBoard } from './test-plan-board.ts';
import { boardXlsx, currencyFormat, MULTIPLE_FORMAT } from './xlsx.ts';

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
      // The hostile board plans a growth, so it has a plan (no scenario, no sales goal to track).
      'Plan',
      'Plan – metas por mes',
      'Plan – presupuestos',
      'Plan – campañas',
      'Plan – acciones',
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

describe('XLSX export of a plan board', () => {
  async function planWorkbook(locale = 'en') {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await boardXlsx(exportSource(planBoard(locale).doc))) as unknown as ArrayBuffer);
    return book;
  }
  const sheetOf = (book: ExcelJS.Workbook, name: string) => {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  /** The row whose first cell is `first`, as values (1-based cells dropped). */
  const rowOf = (sheet: ExcelJS.Worksheet, first: string) => {
    for (let n = 1; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      if (row.getCell(1).value === first) return row;
    }
    throw new Error(`no row ${first} in ${sheet.name}`);
  };

  it('[EXPORT-10] has the plan sheets after the review’s, named in the board’s language', async () => {
    const names = (await planWorkbook()).worksheets.map((sheet) => sheet.name);
    expect(names.slice(8)).toEqual([
      'Plan',
      'Plan – targets by month',
      'Plan – budgets',
      'Plan – campaigns',
      'Plan – scenarios',
      'Plan – items',
      'Plan – tracking',
    ]);
    const zh = (await planWorkbook('zh-CN')).worksheets.map((sheet) => sheet.name);
    expect(zh).toContain('计划 – 月度目标');
    expect((sheetOf(await planWorkbook('zh-CN'), '计划 – 月度目标').getRow(1).values as unknown[]).at(-1)).toBe('全年');
  });

  it('[EXPORT-10] writes each goal’s months and year, budgets, campaigns and scenarios as numbers in the currency format', async () => {
    const book = await planWorkbook();
    const money = currencyFormat('en', 'CNY');
    const months = sheetOf(book, 'Plan – targets by month');
    expect((months.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Goal',
      'Unit',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Year',
    ]);
    const sales = rowOf(months, 'Sales');
    expect(sales.getCell(2 + 6).value).toBe(PLAN_FIGURES.june);
    expect(sales.getCell(2 + 6).numFmt).toBe(money);
    expect(sales.getCell(2 + 11).value).toBe(PLAN_FIGURES.november);
    expect(sales.getCell(15).value).toBe(PLAN_FIGURES.year);
    expect(rowOf(months, 'Seasonality').getCell(3).numFmt).toBe('0.0%');

    const marketing = rowOf(sheetOf(book, 'Plan – budgets'), 'Marketing and promotion');
    expect(marketing.getCell(5).value).toBe(PLAN_FIGURES.marketingBudget);
    expect(marketing.getCell(5).numFmt).toBe(money);
    expect(marketing.getCell(6).value).toBeCloseTo(0.3, 10);
    const double11 = rowOf(sheetOf(book, 'Plan – campaigns'), 'Double 11');
    expect(double11.getCell(7).value).toBe(PLAN_FIGURES.double11Budget);
    expect(double11.getCell(8).value).toBe(PLAN_FIGURES.double11Gmv);
    expect(double11.getCell(9).value).toBe(12);
    expect(double11.getCell(9).numFmt).toBe(MULTIPLE_FORMAT);

    const scenarios = sheetOf(book, 'Plan – scenarios');
    expect((scenarios.getRow(1).values as unknown[]).slice(1)).toEqual(['Figure', 'Plan now', PLAN_FIGURES.scenario]);
    expect(rowOf(scenarios, 'Growth used').getCell(3).value).toBe(0.2);
    expect(rowOf(scenarios, 'GMV').getCell(2).value).toBe(PLAN_FIGURES.year);
    expect(rowOf(scenarios, 'GMV').getCell(3).numFmt).toBe(money);

    const figures = sheetOf(book, 'Plan');
    expect(rowOf(figures, 'Planned turnover').getCell(2).value).toBe(PLAN_FIGURES.year);
    expect(rowOf(figures, 'Planned turnover').getCell(3).value).toBe("the sales goal's target");
    expect(rowOf(sheetOf(book, 'Plan – items'), PLAN_FIGURES.item).getCell(5).value).toBe('in progress');
    const january = rowOf(sheetOf(book, 'Plan – tracking'), 'Jan');
    expect([2, 3, 4].map((n) => january.getCell(n).value)).toEqual([75_000, PLAN_FIGURES.januaryActual, 5_000]);
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});
