import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from './sqlite-store.ts';

it('[VERSION-1] a database file from before versions opens, keeps its boards and gains versions', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-sqlite-'));
  try {
    // The schema as the first release wrote it: boards and updates, no versions table.
    const old = new Database(join(dataDir, 'balanza.sqlite'));
    old.exec(`
      CREATE TABLE boards (id TEXT PRIMARY KEY, info TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE updates (
        board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, seq)
      ) WITHOUT ROWID;`);
    const doc = new Y.Doc();
    doc.getMap('m').set('kept', true);
    old
      .prepare('INSERT INTO boards (id, info, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run('b1', JSON.stringify({ id: 'b1', title: 'Old' }), 1, 1);
    old.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)').run('b1', 1, Y.encodeStateAsUpdate(doc));
    old.close();

    const store = openSqliteStore({ dataDir });
    expect((await store.load('b1'))?.updates).toHaveLength(1);
    await store.addVersion({
      id: 'v1',
      boardId: 'b1',
      name: 'after the upgrade',
      auto: false,
      createdAt: 5,
      createdBy: null,
      bytes: Y.encodeStateAsUpdate(doc),
    });
    expect((await store.listVersions('b1')).map((v) => v.name)).toEqual(['after the upgrade']);
    await store.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
