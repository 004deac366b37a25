import { pathToFileURL } from 'node:url';
import { boardCsvZip, boardJson, boardMarkdown, exportSource } from '@balanza/export';
import { boardXlsx } from '@balanza/export/xlsx';
import { guessMapping, planImport, readTable } from '@balanza/import';
import { addLedgerLine, applyImport, initBoard, readBoard } from '@balanza/model';
import * as Y from 'yjs';
import { ms, percentile } from './stats.ts';

export interface ExchangeBenchResult {
  lines: number;
  /** Median time of each export of the board, from the document. */
  exports: Record<'markdown' | 'csv' | 'xlsx' | 'json', number>;
  importRows: number;
  /** A CSV of `importRows` new ledger lines: read, planned against the board, applied (medians). */
  read: number;
  plan: number;
  apply: number;
}

function boardWithLines(lines: number): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Bench', reviewedYear: 2026, currency: 'EUR', locale: 'es' }, 0);
  doc.transact(() => {
    for (let i = 0; i < lines; i++)
      addLedgerLine(doc, { label: `Línea ${i}`, month: (i % 12) + 1, amount: i * 10.5, lastYear: i * 9 });
  });
  return doc;
}

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

/** Exports of a board with `lines` ledger lines, and an import of `importRows` new lines into it. */
export async function measureExchange(lines = 2000, importRows = 4000, runs = 5): Promise<ExchangeBenchResult> {
  const doc = boardWithLines(lines);
  const source = () => exportSource(doc);
  const exports = {
    markdown: await median(runs, () => boardMarkdown(source())),
    csv: await median(runs, () => boardCsvZip(source().board)),
    xlsx: await median(runs, () => boardXlsx(source())),
    json: await median(runs, () => boardJson(source())),
  };
  const spanish = new Intl.NumberFormat('es', { minimumFractionDigits: 2 });
  const rows = Array.from({ length: importRows }, (_, i) => [
    `Importada ${i}`,
    String((i % 12) + 1),
    spanish.format(i * 1000 + 0.5),
  ]);
  const csv = `Línea;Mes;Importe\r\n${rows.map((row) => row.join(';')).join('\r\n')}\r\n`;
  const bytes = new TextEncoder().encode(csv);
  let table = null as Awaited<ReturnType<typeof readTable>> | null;
  const read = await median(runs, async () => {
    table = await readTable(bytes);
  });
  if (!table?.ok) throw new Error('the bench file did not read');
  const raw = table.table;
  const columns = guessMapping('ledger', raw.headers);
  let planned = planImport(readBoard(doc), 'ledger', raw, columns);
  const plan = await median(runs, () => {
    planned = planImport(readBoard(doc), 'ledger', raw, columns);
  });
  if (planned.problems.length > 0 || planned.rows.length !== importRows)
    throw new Error(
      `the bench plan is wrong: ${JSON.stringify(planned.problems.slice(0, 2))}, ${planned.rows.length} rows`,
    );
  const apply = await median(runs, () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    applyImport(
      copy,
      'ledger',
      planned.rows.map((row) => row.change),
      columns,
    );
  });
  return { lines, exports, importRows, read, plan, apply };
}

export const formatExchange = (r: ExchangeBenchResult) =>
  `board of ${r.lines} ledger lines: export Markdown ${ms(r.exports.markdown)}, CSV zip ${ms(r.exports.csv)}, ` +
  `XLSX ${ms(r.exports.xlsx)}, JSON ${ms(r.exports.json)}; import of ${r.importRows} new lines from CSV: ` +
  `read ${ms(r.read)}, plan ${ms(r.plan)} (board read included), apply ${ms(r.apply)} (document copy included)`;

// `tsx test/bench/exchange.ts` runs it alone; run.ts imports measureExchange/formatExchange.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureExchange().then((result) => console.log(`Exports and import:\n  ${formatExchange(result)}`));
}
