import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openSqliteStore } from '@balanza/server';
import * as Y from 'yjs';
import { percentile } from './stats.ts';

/** The part of better-sqlite3 this bench uses. */
type SqliteDatabase = new (
  file: string,
) => {
  pragma(source: string): unknown;
  exec(source: string): void;
  prepare(source: string): { run(...params: unknown[]): unknown };
  close(): void;
};
// The SQLite driver the server itself uses (the floor must be measured with the same build).
const Database = createRequire(import.meta.resolve('@balanza/server'))('better-sqlite3') as SqliteDatabase;

export interface AppendBenchResult {
  /** µs per operation, median of the runs. */
  hot: { store: number; bare: number; bareInTurn: number };
  cold: { store: number; bare: number; bareInTurn: number };
  /** µs per append when `batch` appends of several boards come in one turn. */
  grouped: number;
  batch: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small update like one cell edit. */
function cellEdit(i: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('goals').set(`g${i % 50}`, { actual: i });
  return Y.encodeStateAsUpdate(doc);
}

/**
 * What storing one update costs in the SQLite store (`append`, awaited: the commit and the turn it waits
 * for) against the floor on the same machine: a bare autocommit INSERT into a WAL table of the same shape,
 * with the same driver and settings. Hot: back to back. Cold: 5 ms apart, as edits reach a live board,
 * with the CPU's caches cooled in between (the cost a live server actually pays). Grouped: `batch`
 * appends to 10 boards made in one turn, committed together.
 */
export async function measureAppend(hotCount = 3000, coldCount = 300, batch = 100): Promise<AppendBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-append-'));
  const store = openSqliteStore({ dataDir: join(dir, 'store') });
  const boards = Array.from({ length: 10 }, (_, i) => `board-${i}`);
  for (const id of boards)
    await store.create(id, cellEdit(0), {
      id,
      title: id,
      shop: '',
      reviewedYear: 2026,
      planYear: 2027,
      currency: 'CNY',
      locale: 'en',
      createdAt: 1,
      updatedAt: 1,
    });
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE updates (board_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, seq)) WITHOUT ROWID',
  );
  const insert = db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)');
  let seq = 0;
  const update = cellEdit(1);
  const bare = () => insert.run('board-0', ++seq, update);
  // The same insert, answered at the end of the turn as a group commit answers: what waiting a turn costs.
  const bareInTurn = () =>
    new Promise((resolve) =>
      setImmediate(() => {
        bare();
        resolve(null);
      }),
    );
  const append = () => store.append('board-0', update);

  const timeEach = async (count: number, gapMs: number, op: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      if (gapMs > 0) await sleep(gapMs);
      const started = performance.now();
      await op();
      times.push((performance.now() - started) * 1000);
    }
    return percentile(times, 50);
  };
  // Warm-up of both paths (statements, JIT).
  await timeEach(200, 0, bare);
  await timeEach(200, 0, append);
  const hot = {
    bare: await timeEach(hotCount, 0, bare),
    bareInTurn: await timeEach(hotCount, 0, bareInTurn),
    store: await timeEach(hotCount, 0, append),
  };
  const cold = {
    bare: await timeEach(coldCount, 5, bare),
    bareInTurn: await timeEach(coldCount, 5, bareInTurn),
    store: await timeEach(coldCount, 5, append),
  };
  const groupedTimes: number[] = [];
  for (let round = 0; round < 20; round++) {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: batch }, (_, i) => store.append(boards[i % boards.length] as string, update)),
    );
    groupedTimes.push(((performance.now() - started) * 1000) / batch);
  }
  await store.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { hot, cold, grouped: percentile(groupedTimes, 50), batch };
}

const against = (figures: AppendBenchResult['hot']) =>
  `${figures.store.toFixed(1)} µs (bare WAL insert ${figures.bare.toFixed(1)} µs, ${(figures.store / figures.bare).toFixed(2)}×; ` +
  `the same answered at the end of its turn ${figures.bareInTurn.toFixed(1)} µs, ${(figures.store / figures.bareInTurn).toFixed(2)}×)`;

export const formatAppend = (r: AppendBenchResult) =>
  `one append awaited, median: back to back ${against(r.hot)}; 5 ms apart ${against(r.cold)}; ` +
  `${r.batch} appends to 10 boards in one turn: ${r.grouped.toFixed(1)} µs each`;

// `tsx test/bench/append.ts` runs it alone; run.ts imports measureAppend/formatAppend.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureAppend().then((result) => console.log(`SQLite append:\n  ${formatAppend(result)}`));
}
