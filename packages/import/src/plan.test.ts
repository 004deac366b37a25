import { exportSource, recordTables, tableCsv } from '@balanza/export';
import { boardXlsx } from '@balanza/export/xlsx';
import {
  addLedgerLine,
  applyImport,
  type BoardSnapshot,
  COLLECTIONS,
  eventNoteKey,
  getNote,
  initBoard,
  MutationOrigin,
  ROOT,
  readBoard,
  updateGoal,
} from '@balanza/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { guessMapping, sheetFor } from './mapping.ts';
import { planImport } from './plan.ts';
import { type RawTable, readTable } from './read-table.ts';

function board(locale = 'en') {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Shop', reviewedYear: 2026, locale, currency: 'CNY' }, 0);
  return doc;
}

const table = (headers: string[], ...rows: Array<Array<string | number>>): RawTable => ({
  sheets: [],
  sheet: null,
  headers,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
});

function plan(snapshot: BoardSnapshot, target: 'goals' | 'ledger' | 'events', file: RawTable) {
  return planImport(snapshot, target, file, guessMapping(target, file.headers));
}

const goalNamed = (doc: Y.Doc, label: string) => readBoard(doc).goals.find((goal) => goal.label === label);

describe('planning an import [IMPORT-2][IMPORT-4]', () => {
  it("finds goals by their name in any language and changes only what differs; blank cells keep the board's value", () => {
    const doc = board();
    updateGoal(doc, goalNamed(doc, 'Sales')?.id ?? '', { target: 1000, actual: 10 });
    const file = table(
      ['Objetivo', 'Real', 'Meta', 'Platform id'],
      ['Ventas', '1,250', '', 'x1'],
      ['New customers', 300, 400, 'x2'],
      ['Sales', 10, '1000', 'x3'],
    );
    const result = plan(readBoard(doc), 'goals', file);
    expect(result.columns).toEqual({ label: 'Objetivo', actual: 'Real', target: 'Meta' });
    expect(result.ignored).toEqual(['Platform id']);
    expect(result.problems).toEqual([
      { row: 4, column: 'Objetivo', letter: 'A', code: 'duplicate', value: 'Sales', expected: '', otherRow: 2 },
    ]);
    expect(result.rows.map((row) => [row.row, row.name, row.fields])).toEqual([
      [2, 'Sales', [{ field: 'actual', before: 10, after: 1250 }]],
      [
        3,
        'New customers',
        [
          { field: 'target', before: null, after: 400 },
          { field: 'actual', before: null, after: 300 },
        ],
      ],
    ]);
  });

  it('says, row by row, which cell is wrong, what it holds and what fits there', () => {
    const doc = board('es');
    const file = table(
      ['Evento', 'Inicio', 'Fin', 'GMV real', 'Veredicto', 'Carril'],
      ['Doble Once', '2026-11-01', '2026-11-11', '1,234.50', 'highlight', ''],
      ['Doble Doce', '2026-12-12', '2026-12-01', '', '', ''],
      ['Nueva', '', '', '5', 'maybe', 'Nowhere'],
      ['Otra nueva', '2026-05-01', '2026-05-02', 'mucho', '', ''],
    );
    const result = plan(readBoard(doc), 'events', file);
    expect(result.rows).toEqual([]);
    expect(
      result.problems.map(({ row, letter, code, value, expected }) => [row, letter, code, value, expected]),
    ).toEqual([
      [2, 'D', 'otherLocale', '1,234.50', '1234,50'],
      [3, 'C', 'endBeforeStart', '2026-12-01', ''],
      [4, 'E', 'notChoice', 'maybe', 'sin juzgar, acierto, fallo, neutral'],
      [
        4,
        'F',
        'noLane',
        'Nowhere',
        'Campañas de plataforma, Lanzamientos de producto, Contenido de marca, Resultados mensuales',
      ],
      [5, 'D', 'notNumber', 'mucho', '1234,50'],
    ]);
  });

  it('makes new records for unknown names, placed in the campaigns lane unless the file names one', () => {
    const doc = board();
    const file = table(['Event', 'Start', 'End', 'Actual GMV'], ['Brand day', '2026-09-09', '2026-09-10', 900]);
    const result = plan(readBoard(doc), 'events', file);
    const campaigns = readBoard(doc).lanes.find((lane) => lane.kind === 'campaigns');
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.change).toEqual({
      id: null,
      values: { title: 'Brand day', laneId: campaigns?.id, start: '2026-09-09', end: '2026-09-10', actualGmv: 900 },
    });
  });

  it('maps the headers of a Chinese shop platform export without asking', () => {
    const headers = ['活动名称', '支付金额', '推广花费', '店铺'];
    expect(guessMapping('events', headers)).toEqual({ title: '活动名称', actualGmv: '支付金额', spend: '推广花费' });
  });

  it('refuses a file whose name column is not mapped, and a row without a name', () => {
    const doc = board();
    expect(plan(readBoard(doc), 'goals', table(['Actual'], [5])).missingKey).toBe('label');
    const result = plan(readBoard(doc), 'goals', table(['Goal', 'Actual'], ['', 5]));
    expect(result.problems).toMatchObject([{ row: 2, column: 'Goal', code: 'required' }]);
  });

  it('asks for the lane when two events share a title', () => {
    const doc = board();
    const file = table(['Event', 'Actual GMV'], ['618 mid-year festival', 5]);
    const twice = readBoard(doc);
    const original = twice.events.find((e) => e.campaign === 'mid618');
    if (original) twice.events.push({ ...original, id: 'copy', laneId: 'other' });
    expect(plan(twice, 'events', file).problems).toMatchObject([{ code: 'ambiguous' }]);
  });
});

describe('applying an import [IMPORT-5]', () => {
  it('applies the planned rows as one undoable step and remembers the columns', () => {
    const doc = board();
    const file = table(['Line', 'Month', 'Amount'], ['Labour', '', '8000'], ['Ads March', 3, '1200']);
    const result = plan(readBoard(doc), 'ledger', file);
    expect(result.problems).toEqual([]);
    const before = readBoard(doc);
    const roots = [...COLLECTIONS.map((name) => doc.getMap(ROOT[name])), doc.getMap(ROOT.meta), doc.getMap(ROOT.notes)];
    const undo = new Y.UndoManager(roots, {
      trackedOrigins: new Set([MutationOrigin]),
      captureTimeout: 0,
    });
    applyImport(
      doc,
      'ledger',
      result.rows.map((row) => row.change),
      result.columns,
    );
    const after = readBoard(doc);
    expect(after.ledger.find((line) => line.category === 'labour')?.amount).toBe(8000);
    expect(after.ledger.at(-1)).toMatchObject({ label: 'Ads March', month: 3, amount: 1200, side: 'input' });
    expect(after.meta.importColumns).toEqual({ ledger: { label: 'Line', month: 'Month', amount: 'Amount' } });
    expect(guessMapping('ledger', ['Cuenta', 'Mes', 'Total'], after.meta.importColumns?.ledger)).toEqual({
      month: 'Mes',
    });
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readBoard(doc)).toEqual(before);
  });

  it('[IMPORT-5] applies new campaigns with their notes, placed by their dates', () => {
    const doc = board();
    const file = table(['Event', 'Start', 'End', 'Actual GMV'], ['Brand day', '2026-09-09', '2026-09-10', 900]);
    const result = plan(readBoard(doc), 'events', file);
    applyImport(
      doc,
      'events',
      result.rows.map((row) => row.change),
      result.columns,
    );
    const added = readBoard(doc).events.find((event) => event.title === 'Brand day');
    expect(added).toMatchObject({ start: '2026-09-09', end: '2026-09-10', actualGmv: 900 });
    expect(getNote(doc, eventNoteKey(added?.id ?? ''))).not.toBeNull();
  });

  it('[IMPORT-5] applies nothing when one row has become wrong since the preview (its record deleted)', () => {
    const doc = board();
    const [first, second] = readBoard(doc).goals;
    const before = readBoard(doc);
    const changes = [
      { id: first?.id ?? '', values: { actual: 5 } },
      { id: 'gone', values: { actual: 6 } },
      { id: second?.id ?? '', values: { actual: 7 } },
    ];
    expect(() => applyImport(doc, 'goals', changes, { label: 'Goal', actual: 'Actual' })).toThrow(
      /no goal with id "gone"/,
    );
    expect(readBoard(doc)).toEqual(before);
  });

  it('reads back what the board exported, as CSV and as XLSX: an unchanged board plans nothing', async () => {
    const doc = board('es');
    updateGoal(doc, goalNamed(doc, 'Ventas')?.id ?? '', { target: 1234.5, actual: -50 });
    for (let month = 1; month <= 12; month++) addLedgerLine(doc, { label: 'Anuncios', month, amount: month * 100 });
    const source = exportSource(doc);
    const xlsx = await readTable(await boardXlsx(source), { sheet: 'Objetivos' });
    const tables = recordTables(source.board);
    for (const [target, name] of [
      ['goals', 'goals'],
      ['ledger', 'ledger'],
      ['events', 'events'],
    ] as const) {
      const csv = await readTable(new TextEncoder().encode(tableCsv(tables.find((t) => t.name === name) as never)));
      if (!csv.ok) throw new Error(csv.problem.code);
      const result = plan(readBoard(doc), target, csv.table);
      expect([target, result.problems, result.rows]).toEqual([target, [], []]);
    }
    if (!xlsx.ok) throw new Error(xlsx.problem.code);
    expect(sheetFor('ledger', xlsx.table.sheets)).toBe('Inversión y resultado');
    const result = plan(readBoard(doc), 'goals', xlsx.table);
    expect([result.problems, result.rows, result.unchanged]).toEqual([[], [], readBoard(doc).goals.length]);
  });
});
