import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Access, loadSecret, openFileLinkStore, openSqliteStore } from '@balanza/server';
import * as Y from 'yjs';
import { connectBenchClient } from './peer-clients.ts';
import { startBenchServer } from './peer-servers.ts';

/**
 * Balanza's cold load of a board with `updates` small updates of history: the history is written
 * through the Store as the server writes it live (compacted every 500), the server is started fresh
 * on it, and one client opens the board. Compared with a bare `Y.applyUpdate` of the same state.
 */
export async function coldLoad(updates: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const store = openSqliteStore({ dataDir });
  const { createBoard } = await import('@balanza/model').then((m) => ({ createBoard: m.initBoard }));
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Cold', reviewedYear: 2026 });
  const boardId = 'cold-board';
  const now = Date.now();
  await store.create(boardId, Y.encodeStateAsUpdate(doc), {
    id: boardId,
    title: 'Cold',
    shop: '',
    reviewedYear: 2026,
    planYear: 2027,
    currency: 'EUR',
    locale: 'en',
    createdAt: now,
    updatedAt: now,
  });
  const map = doc.getMap('bench');
  let pending: Uint8Array | null = null;
  doc.on('update', (update: Uint8Array) => {
    pending = update;
  });
  for (let i = 0; i < updates; i++) {
    map.set(`k${i % 5000}`, i);
    const seq = await store.append(boardId, pending as unknown as Uint8Array);
    if (i % 500 === 499) await store.compact(boardId, Y.encodeStateAsUpdate(doc), seq);
  }
  await store.close();
  const access = new Access({
    secret: loadSecret(dataDir),
    links: openFileLinkStore(dataDir),
    openPublicBoards: false,
  });
  const { token } = access.createLink(boardId, 'editor');

  const state = Y.encodeStateAsUpdate(doc);
  const bareStarted = performance.now();
  Y.applyUpdate(new Y.Doc(), state);
  const bareMs = performance.now() - bareStarted;

  const server = await startBenchServer('balanza', dataDir);
  const started = performance.now();
  const client = connectBenchClient('balanza', server.process.port, boardId, token);
  await client.synced;
  const loadMs = performance.now() - started;
  client.destroy();
  await server.process.kill('SIGTERM');
  return { loadMs, bareMs, bytes: state.byteLength };
}
