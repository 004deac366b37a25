import { MAX_IMPORT_BYTES } from '@balanza/export';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDate, readNumber } from './numbers.ts';
import { columnLetter, readTable } from './read-table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a number in the board locale [IMPORT-3]', () => {
  it.each([
    ['en', '1234.5', 1234.5],
    ['en', '1,234.50', 1234.5],
    ['en', '¥1,234', 1234],
    ['en', '(1,234)', -1234],
    ['en', '-12%', -12],
    ['es', '1.234,5', 1234.5],
    ['es', '1234,5', 1234.5],
    ['es', '1.234', 1234],
    ['es', '1234.5', 1234.5],
    ['es', '1 234,50 €', 1234.5],
    ['es-MX', '$1,234.50 MXN', 1234.5],
    ['zh-CN', '1,234.5元', 1234.5],
    ['en', '', null],
  ])('%s reads %j as %j', (locale, cell, value) => {
    expect(readNumber(cell, locale)).toEqual({ ok: true, value });
  });

  it('keeps a spreadsheet number as it is', () => {
    expect(readNumber(0.125, 'es')).toEqual({ ok: true, value: 0.125 });
  });

  it("refuses another locale's separators with the board's own way of writing them", () => {
    expect(readNumber('1,234.50', 'es')).toEqual({ ok: false, reason: 'otherLocale', example: '1234,50' });
    expect(readNumber('1.234,50', 'en')).toEqual({ ok: false, reason: 'otherLocale', example: '1,234.50' });
    expect(readNumber('1,5', 'en')).toMatchObject({ ok: false, reason: 'otherLocale' });
  });

  it('refuses what is not a number', () => {
    for (const cell of ['abc', '12abc', '1..2', '--3', '1,23,4'])
      expect(readNumber(cell, 'en'), cell).toEqual({ ok: false, reason: 'notNumber' });
  });

  it("reads ISO dates and the locale's numeric dates, and refuses impossible ones", () => {
    expect(readDate('2026-11-11', 'en')).toEqual({ ok: true, value: '2026-11-11' });
    expect(readDate('2026/6/18', 'zh-CN')).toEqual({ ok: true, value: '2026-06-18' });
    expect(readDate('12/11/2026', 'es')).toEqual({ ok: true, value: '2026-11-12' });
    expect(readDate('12/11/2026', 'en-US')).toEqual({ ok: true, value: '2026-12-11' });
    expect(readDate('2026-02-30', 'en')).toEqual({ ok: false });
    expect(readDate('next friday', 'en')).toEqual({ ok: false });
  });
});

describe('reading a file [IMPORT-1]', () => {
  it('reads a UTF-8 CSV with a BOM, semicolons, quotes and blank lines, keeping the file row numbers', async () => {
    const file = utf8('\uFEFFMeta;Real;Nota\r\n\r\nVentas;"1.234,5";"dice ""hola""; y más"\r\n\r\n客户;12;\r\n');
    const read = await readTable(file);
    expect(read).toEqual({
      ok: true,
      table: {
        sheets: [],
        sheet: null,
        headers: ['Meta', 'Real', 'Nota'],
        rows: [
          ['Ventas', '1.234,5', 'dice "hola"; y más'],
          ['客户', '12', ''],
        ],
        rowNumbers: [3, 5],
      },
    });
  });

  it('takes the delimiter from the header line, so numbers with commas stay whole', async () => {
    const read = await readTable(utf8('KPI;Done\nVentas;1,200\n'));
    expect(read).toMatchObject({ ok: true, table: { headers: ['KPI', 'Done'], rows: [['Ventas', '1,200']] } });
    const tabs = await readTable(utf8('"a;b"\tc\n1\t2\n'));
    expect(tabs).toMatchObject({ ok: true, table: { headers: ['a;b', 'c'] } });
  });

  it('refuses what is not a UTF-8 table, saying what it is', async () => {
    const latin1 = Uint8Array.from([0x4d, 0x65, 0x74, 0x61, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    expect(await readTable(latin1)).toEqual({ ok: false, problem: { code: 'notUtf8', encoding: null } });
    expect(await readTable(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({
      problem: { code: 'notUtf8', encoding: 'UTF-16' },
    });
    expect(await readTable(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).toMatchObject({
      problem: { code: 'oldExcel' },
    });
    expect(await readTable(utf8('a,b\n\u0000\u0001,2\n'))).toMatchObject({ problem: { code: 'notTable' } });
    expect(await readTable(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).toMatchObject({
      problem: { code: 'badXlsx' },
    });
    expect(await readTable(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65))).toMatchObject({
      problem: { code: 'tooLarge' },
    });
    expect(await readTable(utf8('only,a,header\n'))).toMatchObject({ problem: { code: 'empty' } });
    expect(await readTable(utf8('a,"b\n1,2\n'))).toMatchObject({ problem: { code: 'badCsv' } });
    expect(await readTable(utf8('Goal,goal\n1,2\n'))).toMatchObject({
      problem: { code: 'duplicateHeader', header: 'goal' },
    });
  });

  it('reads the chosen sheet of an XLSX: numbers as numbers, dates as days, formulas by their result', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = workbook.addWorksheet('Timeline');
    sheet.addRow(['Event', 'Start', 'Actual GMV', 'Spend']);
    sheet.addRow(['Double 11', new Date(Date.UTC(2026, 10, 1)), 1234.5, { formula: '10*2', result: 20 }]);
    sheet.addRow([]);
    sheet.addRow([{ richText: [{ text: '6' }, { text: '18' }] }, '2026-06-01', null, 5]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readTable(bytes, { sheet: 'Timeline' });
    expect(read).toEqual({
      ok: true,
      table: {
        sheets: ['Notes', 'Timeline'],
        sheet: 'Timeline',
        headers: ['Event', 'Start', 'Actual GMV', 'Spend'],
        rows: [
          ['Double 11', '2026-11-01', 1234.5, 20],
          ['618', '2026-06-01', '', 5],
        ],
        rowNumbers: [2, 4],
      },
    });
    expect(await readTable(bytes, { sheet: 'Nope' })).toMatchObject({ problem: { code: 'noSheet' } });
    expect(await readTable(bytes, { sheet: (sheets) => sheets.at(-1) })).toMatchObject({
      table: { sheet: 'Timeline' },
    });
    // No pick: the first sheet, which has a header and no rows.
    expect(await readTable(bytes, { sheet: () => undefined })).toMatchObject({ problem: { code: 'empty' } });
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
