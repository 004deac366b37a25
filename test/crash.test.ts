import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addGoal } from '@balanza/model';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { type ChildServer, spawnServer } from './support/child-server.ts';
import { connectClient, type TestClient, waitFor } from './support/clients.ts';

const goalIds = (doc: Y.Doc) => new Set(doc.getMap('goals').keys());

describe('crash safety with a real server process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'balanza-crash-'));
  const servers: ChildServer[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients) client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[DUR-1][PERSIST-1] kill -9 during a burst loses nothing another client had received', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const created = await fetch(`${first.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Crash', reviewedYear: 2026 }),
    });
    const { id: boardId, token } = (await created.json()) as { id: string; token: string };
    const syncUrl = `ws://127.0.0.1:${first.port}/sync`;
    const writer = connectClient(syncUrl, boardId, undefined, token);
    const observer = connectClient(syncUrl, boardId, undefined, token);
    clients.push(writer, observer);
    await Promise.all([writer.synced, observer.synced]);
    const before = goalIds(observer.doc).size;

    // A burst of edits; the server is killed while they are still flowing.
    let written = 0;
    const burst = (async () => {
      while (written < 600 && first.child.exitCode === null && first.child.signalCode === null) {
        addGoal(writer.doc, { label: `burst ${written++}` });
        if (written % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await waitFor(() => goalIds(observer.doc).size >= before + 100, 'the observer to receive 100 edits', 15_000);
    await first.kill('SIGKILL');
    await burst;
    // What the observer had when the server died: every one of these had been relayed, so stored.
    const received = goalIds(observer.doc);
    writer.destroy();
    observer.destroy();
    expect(received.size).toBeGreaterThanOrEqual(before + 100);
    expect(received.size).toBeLessThan(before + written); // the kill really was mid-burst

    const second = await spawnServer({ DATA_DIR: dataDir });
    servers.push(second);
    const fresh = connectClient(`ws://127.0.0.1:${second.port}/sync`, boardId, undefined, token);
    clients.push(fresh);
    await fresh.synced;
    const recovered = goalIds(fresh.doc);
    const missing = [...received].filter((id) => !recovered.has(id));
    expect(missing).toEqual([]);
  });
});
