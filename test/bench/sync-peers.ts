import { processUsage } from '../support/child-server.ts';
import { type BenchClient, connectBenchClient, type ServerKind } from './peer-clients.ts';
import { type BenchServer, startBenchServer } from './peer-servers.ts';
import { percentile } from './stats.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

export interface LoadResult {
  p50: number;
  p99: number;
  delivered: number;
  expected: number;
  cpuSeconds: number;
}

/**
 * N boards × M clients; each board gets `rate` edits a second, written in turn by its clients (a new key
 * in a `bench` map). Latency: from the write to its arrival at each other client of the board.
 */
export async function measureLoad(
  server: BenchServer,
  boards: number,
  perBoard: number,
  rate: number,
  seconds: number,
) {
  const samples: number[] = [];
  let delivered = 0;
  let expected = 0;
  const sentAt = new Map<string, number>();
  const rooms: BenchClient[][] = [];
  for (let b = 0; b < boards; b++) {
    const { board, token } = await server.newBoard(`load${b}`);
    const clients = Array.from({ length: perBoard }, () =>
      connectBenchClient(server.kind, server.process.port, board, token),
    );
    for (const client of clients) {
      client.doc.getMap('bench').observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const sent = sentAt.get(`${b}/${key}`);
          if (sent === undefined) continue;
          samples.push(now - sent);
          delivered++;
        }
      });
    }
    rooms.push(clients);
  }
  await Promise.all(rooms.flat().map((client) => client.synced));
  const cpuBefore = processUsage(server.process.pid).cpuSeconds;
  const started = performance.now();
  let tick = 0;
  // One tick writes one edit on every board: `rate` ticks a second, scheduled against the clock.
  while (performance.now() - started < seconds * 1000) {
    rooms.forEach((clients, b) => {
      const writer = clients[tick % clients.length] as BenchClient;
      const key = `${tick % clients.length}:${tick}`;
      sentAt.set(`${b}/${key}`, performance.now());
      writer.doc.getMap('bench').set(key, tick);
      expected += clients.length - 1;
    });
    tick++;
    const next = started + (tick * 1000) / rate;
    await sleep(Math.max(0, next - performance.now()));
  }
  await waitUntil(() => delivered >= expected, 10_000);
  const cpuSeconds = processUsage(server.process.pid).cpuSeconds - cpuBefore;
  for (const client of rooms.flat()) client.destroy();
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), delivered, expected, cpuSeconds };
}

/**
 * Memory a connected, synced, idle client holds in the server, the average over `count`: the server's
 * heap plus off-heap memory after a full GC, before and after they join — what stays, not garbage.
 */
export async function memoryPerIdleConnection(server: BenchServer, count: number): Promise<number> {
  const { board, token } = await server.newBoard('idle');
  const first = connectBenchClient(server.kind, server.process.port, board, token);
  await first.synced;
  await sleep(500);
  const before = await server.heap();
  const clients = Array.from({ length: count }, () =>
    connectBenchClient(server.kind, server.process.port, board, token),
  );
  await Promise.all(clients.map((client) => client.synced));
  await sleep(1000);
  const after = await server.heap();
  for (const client of [first, ...clients]) client.destroy();
  return (after - before) / count;
}

/** A client that made `edits` edits offline connects: time until another client has all of them. */
export async function catchUp(server: BenchServer, edits: number): Promise<number> {
  const { board, token } = await server.newBoard('catchup');
  const reader = connectBenchClient(server.kind, server.process.port, board, token);
  await reader.synced;
  const offline = new (await import('yjs')).Doc();
  const map = offline.getMap('bench');
  for (let i = 0; i < edits; i++) offline.transact(() => map.set(`o${i}`, i));
  const started = performance.now();
  const writer = connectBenchClient(server.kind, server.process.port, board, token, offline);
  const ok = await waitUntil(() => reader.doc.getMap('bench').size >= edits, 60_000);
  const elapsed = performance.now() - started;
  writer.destroy();
  reader.destroy();
  return ok ? elapsed : Number.NaN;
}

/** A 4 MB board (40 strings of 100 kB), then `count` clients open it at once: time until all have it. */
export async function joinStorm(server: BenchServer, count: number) {
  const { board, token } = await server.newBoard('storm');
  const seeder = connectBenchClient(server.kind, server.process.port, board, token);
  await seeder.synced;
  const blob = seeder.doc.getMap('blob');
  seeder.doc.transact(() => {
    for (let i = 0; i < 40; i++) blob.set(`part${i}`, String.fromCharCode(97 + (i % 26)).repeat(100_000));
  });
  const check = connectBenchClient(server.kind, server.process.port, board, token);
  await waitUntil(() => check.doc.getMap('blob').size === 40, 30_000);
  check.destroy();
  const cpuBefore = processUsage(server.process.pid).cpuSeconds;
  const started = performance.now();
  const storm = Array.from({ length: count }, () => connectBenchClient(server.kind, server.process.port, board, token));
  const ok = await waitUntil(() => storm.every((client) => client.doc.getMap('blob').size === 40), 120_000);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = processUsage(server.process.pid).cpuSeconds - cpuBefore;
  for (const client of [seeder, ...storm]) client.destroy();
  return { seconds: ok ? seconds : Number.NaN, cpuSeconds };
}

export const KINDS: ServerKind[] = ['balanza', 'y-websocket-server', 'hocuspocus'];
export { startBenchServer };
