import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Access, loadSecret, openFileLinkStore, openSqliteStore, Rooms, silentLogger } from '@balanza/server';
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
  const { token } = await access.createLink(boardId, 'editor');

  const state = Y.encodeStateAsUpdate(doc);
  const bareStarted = performance.now();
  Y.applyUpdate(new Y.Doc(), state);
  const bareMs = performance.now() - bareStarted;
  const server = await serverLoad(dataDir, boardId, state);

  const child = await startBenchServer('balanza', dataDir);
  const started = performance.now();
  const client = connectBenchClient('balanza', child.process.port, boardId, token);
  await client.synced;
  const loadMs = performance.now() - started;
  client.destroy();
  await child.process.kill('SIGTERM');
  return { loadMs, bareMs, bytes: state.byteLength, ...server };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * The server's own part of a cold load — read the stored log from SQLite and build the board in memory
 * (`Rooms.open` on a fresh store, as after a restart) — against a bare `Y.applyUpdate` of the same state,
 * alternated in one warmed-up process, median of `rounds`.
 */
async function serverLoad(dataDir: string, boardId: string, state: Uint8Array, rounds = 5) {
  const bare: number[] = [];
  const server: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    Y.applyUpdate(new Y.Doc(), state);
    bare.push(performance.now() - started);
    const store = openSqliteStore({ dataDir });
    const rooms = new Rooms({ store, log: silentLogger(), idleUnloadMs: 60_000, compactAfter: 500 });
    started = performance.now();
    await rooms.open(boardId);
    server.push(performance.now() - started);
    await rooms.closeAll();
    await store.close();
  }
  return { serverLoadMs: median(server), warmBareMs: median(bare) };
}
