import { readBoard, updateGoal } from '@balanza/model';
import { connectClient, type TestClient, waitFor } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { ms, percentile } from './stats.ts';

export interface LatencyResult {
  clients: number;
  edits: number;
  median: number;
  p95: number;
  p99: number;
}

/**
 * Edit-to-arrival time through the real server (SQLite store, every update stored before relay):
 * one client changes a goal's actual; the time until every other client has applied it. Edits are
 * sent one after another (each waits for the previous one to arrive everywhere).
 */
export async function measureLatency(clientCount: number, edits: number): Promise<LatencyResult> {
  const server = await startTestServer();
  const boardId = await server.createBoard();
  const clients: TestClient[] = Array.from({ length: clientCount }, () => connectClient(server.syncUrl, boardId));
  await Promise.all(clients.map((client) => client.synced));
  const [writer, ...readers] = clients as [TestClient, ...TestClient[]];
  const goalId = readBoard(writer.doc).goals[0]?.id as string;

  const samples: number[] = [];
  for (let i = 0; i < edits + 20; i++) {
    let pending = readers.length;
    let done: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      done = resolve;
    });
    for (const reader of readers) {
      reader.doc.once('update', () => {
        pending--;
        if (pending === 0) done();
      });
    }
    const started = performance.now();
    updateGoal(writer.doc, goalId, { actual: i });
    await arrived;
    // The first 20 edits warm up the JIT and the sockets; they are not counted.
    if (i >= 20) samples.push(performance.now() - started);
  }
  await waitFor(() => readers.every((reader) => readBoard(reader.doc).goals[0]?.actual === edits + 19), 'last edit');
  for (const client of clients) client.destroy();
  await server.dispose();
  return {
    clients: clientCount,
    edits,
    median: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
  };
}

export const formatLatency = (r: LatencyResult) =>
  `${String(r.clients).padStart(3)} clients  ${String(r.edits).padStart(5)} edits  median ${ms(r.median)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}`;
