import * as Y from 'yjs';
import { processUsage } from '../support/child-server.ts';
import { connectBenchClient } from './peer-clients.ts';
import type { BenchServer } from './peer-servers.ts';
import { connectRawClient, type RawClient } from './raw-clients.ts';
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
  /** With clients on several instances: p50 of the deliveries to a client of the writer's instance, and of the others. */
  sameInstanceP50: number;
  crossInstanceP50: number;
  delivered: number;
  expected: number;
  /** The server processes' CPU (user + system) during the run, all instances together. */
  cpuSeconds: number;
  /** The load generator's own CPU during the run, as a share of one core (0–1 per core). */
  generatorBusy: number;
}

/** Each edit's key carries its number between these marks, so a receiver finds it in the raw bytes. */
const MARK = Buffer.from('~e');
const END = '.'.charCodeAt(0);
const editKey = (id: number) => `~e${id}.`;

/**
 * The numbers of the edits in a received frame (servers re-encode updates, but the keys' bytes stay; Hocuspocus
 * merges the updates of one event-loop turn into one message, so a frame may hold several).
 */
function editsIn(frame: Buffer): number[] {
  const ids: number[] = [];
  for (let at = frame.indexOf(MARK); at >= 0; at = frame.indexOf(MARK, at + MARK.length)) {
    let id = 0;
    for (let i = at + MARK.length; i < frame.length; i++) {
      const byte = frame[i] as number;
      if (byte === END) {
        ids.push(id);
        break;
      }
      id = id * 10 + byte - 48;
    }
  }
  return ids;
}

/**
 * The updates one client will send, encoded before the run: edit `ids[k]` sets the key that names it in a
 * `bench` map, from a document of the client's own (no client waits on another's edits to write).
 */
function encodeEdits(ids: number[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const id of ids) doc.getMap('bench').set(editKey(id), id);
  doc.destroy();
  return updates;
}

/**
 * N boards × M clients; each board gets `rate` edits a second, written in turn by its clients (a new key
 * in a `bench` map), the boards' writes spread evenly over each period rather than all at one instant.
 * Latency: from the send to its arrival at each other client of the board. The clients are bare sockets
 * (see raw-clients.ts) so that the generator's own work does not swamp the servers' differences.
 * `spread` puts client c of each board on `instances[c % instances.length]` (instances of one cluster).
 */
export async function measureLoad(
  server: BenchServer,
  boards: number,
  perBoard: number,
  rate: number,
  seconds: number,
  spread: { instances: BenchServer[] } = { instances: [server] },
) {
  const { instances } = spread;
  const instanceOf = (client: number) => client % instances.length;
  const samples: number[] = [];
  const sameInstance: number[] = [];
  const crossInstance: number[] = [];
  let delivered = 0;
  const ticks = Math.round(seconds * rate);
  const expected = boards * ticks * (perBoard - 1);
  const sentAt = new Float64Array(boards * ticks).fill(Number.NaN);
  // Edit number `b * ticks + t` is board b's t-th, written by client t % perBoard.
  const writerOf = (id: number) => (id % ticks) % perBoard;
  const arrive = (client: number) => (frame: Buffer) => {
    const now = performance.now();
    for (const id of editsIn(frame)) {
      // @y/websocket-server echoes each update to its sender too: that is no delivery.
      const sent = sentAt[id] ?? Number.NaN;
      if (writerOf(id) === client || Number.isNaN(sent)) continue;
      samples.push(now - sent);
      (instanceOf(writerOf(id)) === instanceOf(client) ? sameInstance : crossInstance).push(now - sent);
      delivered++;
    }
  };
  const rooms: { client: RawClient; frames: Uint8Array[] }[][] = [];
  for (let b = 0; b < boards; b++) {
    const { board, token } = await server.newBoard(`load${b}`);
    rooms.push(
      Array.from({ length: perBoard }, (_, c) => {
        const port = (instances[instanceOf(c)] ?? server).process.port;
        const client = connectRawClient(server.kind, port, board, arrive(c), token);
        const ids = Array.from({ length: Math.ceil((ticks - c) / perBoard) }, (_, k) => b * ticks + c + k * perBoard);
        return { client, frames: encodeEdits(ids).map((update) => client.frameUpdate(update)) };
      }),
    );
  }
  await Promise.all(rooms.flat().map(({ client }) => client.ready));
  const cpuOfInstances = () => instances.reduce((sum, one) => sum + processUsage(one.process.pid).cpuSeconds, 0);
  const cpuBefore = cpuOfInstances();
  const generatorBefore = process.cpuUsage();
  const period = 1000 / rate;
  const started = performance.now();
  // Board b's t-th write is due at (t + b / boards) periods: one timeline, walked in order.
  for (let slot = 0; slot < ticks * boards; slot++) {
    const t = Math.floor(slot / boards);
    const b = slot % boards;
    const due = started + (t + b / boards) * period;
    const wait = due - performance.now();
    if (wait >= 1) await sleep(wait);
    const writer = rooms[b]?.[t % perBoard];
    const frame = writer?.frames[Math.floor(t / perBoard)];
    if (!writer || !frame) throw new Error(`no edit encoded for board ${b}, tick ${t}`);
    sentAt[b * ticks + t] = performance.now();
    writer.client.send(frame);
  }
  await waitUntil(() => delivered >= expected, 10_000);
  const cpuSeconds = cpuOfInstances() - cpuBefore;
  const generator = process.cpuUsage(generatorBefore);
  const generatorBusy = (generator.user + generator.system) / 1000 / (performance.now() - started);
  for (const { client } of rooms.flat()) client.close();
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    sameInstanceP50: percentile(sameInstance, 50),
    crossInstanceP50: percentile(crossInstance, 50),
    delivered,
    expected,
    cpuSeconds,
    generatorBusy,
  };
}

/** Microseconds of server CPU per update delivered to a client. */
export const cpuPerDelivery = (result: LoadResult) => (1e6 * result.cpuSeconds) / Math.max(1, result.delivered);

export interface SaturationStep {
  rate: number;
  p99: number;
  deliveredShare: number;
  generatorBusy: number;
}

/** Edit rates tried on one board, in turn, until one is not sustained. */
export const SATURATION_RATES = [
  100, 200, 400, 800, 1600, 2400, 3200, 4800, 6400, 8000, 9600, 12800, 16000, 19200, 25600,
];

/**
 * One board × `clients`, the edit rate raised step by step (`seconds` each) until p99 passes `maxP99` ms or
 * an update is not delivered: the highest rate the server sustained, and every step tried. A step that fails
 * is tried once more before it counts, so one noisy moment of the machine does not end the climb.
 */
export async function saturation(server: BenchServer, clients = 20, seconds = 3, maxP99 = 50) {
  const steps: SaturationStep[] = [];
  let sustained = 0;
  const tryRate = async (rate: number) => {
    const result = await measureLoad(server, 1, clients, rate, seconds);
    const deliveredShare = result.delivered / Math.max(1, result.expected);
    steps.push({ rate, p99: result.p99, deliveredShare, generatorBusy: result.generatorBusy });
    return result.p99 <= maxP99 && deliveredShare >= 1;
  };
  for (const rate of SATURATION_RATES) {
    if (!(await tryRate(rate)) && !(await tryRate(rate))) break;
    sustained = rate;
  }
  return { sustained, steps };
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
  const offline = new Y.Doc();
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

export { BENCH_SERVERS, startBenchServer } from './peer-servers.ts';
