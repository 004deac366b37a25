import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runStoreContract } from './contract.ts';
import { openSqliteStore } from './sqlite-store.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'balanza-sqlite-'));

runStoreContract('sqlite', () => {
  const dataDir = tempDir();
  const store = openSqliteStore({ dataDir });
  const close = async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...store, close };
});

describe('sqlite store', () => {
  it('[STORE-2] keeps every appended update across a close and reopen of the file', async () => {
    const dataDir = tempDir();
    const doc = new Y.Doc();
    const first = openSqliteStore({ dataDir });
    await first.create('b1', Y.encodeStateAsUpdate(doc), {
      id: 'b1',
      title: 't',
      shop: '',
      reviewedYear: 2026,
      planYear: 2027,
      currency: 'EUR',
      locale: 'es',
      createdAt: 1,
      updatedAt: 1,
    });
    for (let i = 0; i < 50; i++) {
      const before = Y.encodeStateVector(doc);
      doc.getArray<number>('a').push([i]);
      await first.append('b1', Y.encodeStateAsUpdate(doc, before));
    }
    await first.close();
    const second = openSqliteStore({ dataDir, synchronous: 'full' });
    const loaded = await second.load('b1');
    const copy = new Y.Doc();
    for (const update of loaded?.updates ?? []) Y.applyUpdate(copy, update);
    expect(copy.getArray('a').toArray()).toEqual(doc.getArray('a').toArray());
    expect(loaded?.info.locale).toBe('es');
    await second.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[PERSIST-5] refuses to open a damaged database file with a clear message', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'balanza.sqlite'), 'this is not a database, just text that was written over it');
    expect(() => openSqliteStore({ dataDir })).toThrow(/not a database|damaged/);
    rmSync(dataDir, { recursive: true, force: true });
  });
});
