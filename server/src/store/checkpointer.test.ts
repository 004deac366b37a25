import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';

const INFO = { title: 't', shop: '', reviewedYear: 2026, planYear: 2027, currency: 'EUR', locale: 'en' };

describe('SQLite checkpoints off the relaying thread', () => {
  it('[STORE-3] committed updates reach the database file from the worker, with SQLite’s own checkpoints off', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'balanza-checkpoint-'));
    const store = openSqliteStore({ dataDir });
    const file = join(dataDir, 'balanza.sqlite');
    await store.create('b', new Uint8Array(8), { id: 'b', ...INFO, createdAt: 0, updatedAt: 0 });
    const before = statSync(file).size;
    const update = new Uint8Array(200).fill(7);
    for (let i = 0; i < 2000; i++) await store.append('b', update);
    // The worker checkpoints every second: the rows move from the WAL into the database file.
    const deadline = Date.now() + 5000;
    while (statSync(file).size < before + 200 * 2000 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(file).size).toBeGreaterThanOrEqual(before + 200 * 2000);
    expect((await store.load('b'))?.updates).toHaveLength(2001);
    await store.close();
    // Closing folds the rest in: no write-ahead log is left behind.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });

  it('[STORE-3] a process that closes its store waits for the last checkpoint, with nothing else keeping it alive', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'balanza-checkpoint-'));
    const script = `
      import { openSqliteStore } from './sqlite-store.ts';
      const store = openSqliteStore({ dataDir: ${JSON.stringify(dataDir)} });
      await store.create('b', new Uint8Array(8), { id: 'b', title: 't', shop: '', reviewedYear: 2026, planYear: 2027, currency: 'EUR', locale: 'en', createdAt: 0, updatedAt: 0 });
      await store.append('b', new Uint8Array(64).fill(1));
      await store.close();
      console.log('closed');
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: dirname(fileURLToPath(import.meta.url)),
      encoding: 'utf8',
    });
    expect(run.stdout.trim()).toBe('closed');
    expect(run.status).toBe(0);
    const wal = join(dataDir, 'balanza.sqlite-wal');
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
  });
});
