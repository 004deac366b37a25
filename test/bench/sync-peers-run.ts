import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { processUsage } from '../support/child-server.ts';
import { coldLoad } from './cold-load.ts';
import { percentile } from './stats.ts';
import {
  catchUp,
  joinStorm,
  KINDS,
  type LoadResult,
  measureLoad,
  memoryPerIdleConnection,
  startBenchServer,
} from './sync-peers.ts';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** Load rounds per size: servers take turns, so a noisy moment of the machine hits one round, not one server. */
const ROUNDS = 3;
const SIZES = [
  [10, 10],
  [50, 10],
] as const;

const median = (values: number[]) => percentile(values, 50);

/** The rounds of one size, summed up: median p50, p99 and CPU over the rounds, every delivery counted. */
function summarize(rounds: LoadResult[]): LoadResult {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    delivered: rounds.reduce((sum, r) => sum + r.delivered, 0),
    expected: rounds.reduce((sum, r) => sum + r.expected, 0),
    cpuSeconds: median(rounds.map((r) => r.cpuSeconds)),
  };
}

/**
 * Runs every peer through the same load generator, each server in its own process, in interleaved
 * rounds; then each one's catch-up and join storm. Writes RESULTS.md.
 */
export async function runSyncPeers(): Promise<string> {
  const servers = [];
  const idle: Record<string, number> = {};
  for (const kind of KINDS) {
    const server = await startBenchServer(kind);
    servers.push(server);
    idle[kind] = await memoryPerIdleConnection(server, 500);
    // Warm-up (JIT, sockets, SQLite cache), not counted: the first figures would otherwise include it.
    await measureLoad(server, 3, 5, 20, 2);
  }
  const rounds: Record<string, LoadResult[][]> = Object.fromEntries(KINDS.map((kind) => [kind, SIZES.map(() => [])]));
  for (let round = 0; round < ROUNDS; round++)
    for (const server of servers)
      for (const [i, [boards, perBoard]] of SIZES.entries())
        rounds[server.kind]?.[i]?.push(await measureLoad(server, boards, perBoard, 20, 6));
  const rows: string[] = [];
  const loads: Record<string, LoadResult[]> = {};
  for (const server of servers) {
    try {
      const [small, large] = (rounds[server.kind] ?? []).map(summarize) as [LoadResult, LoadResult];
      loads[server.kind] = [small, large];
      const catchUpMs = await catchUp(server, 10_000);
      const storm = await joinStorm(server, 150);
      const usage = processUsage(server.process.pid);
      const load = (r: LoadResult) =>
        `${f(r.p50)} / ${f(r.p99)} ms, ${((100 * r.delivered) / Math.max(1, r.expected)).toFixed(2)}%, ${f(r.cpuSeconds, 2)} s CPU`;
      rows.push(
        `| ${server.kind} | ${load(small)} | ${load(large)} | ${f(usage.peakRss / 2 ** 20, 0)} MB | ${f((idle[server.kind] ?? Number.NaN) / 1024)} KB | ${f(catchUpMs, 0)} ms | ${f(storm.seconds, 2)} s, ${f(storm.cpuSeconds, 2)} s CPU |`,
      );
      console.log(`  ${rows.at(-1)}`);
    } finally {
      await server.process.kill('SIGKILL');
    }
  }
  const perRound = (kind: string, size: number) => (rounds[kind]?.[size] ?? []).map((r) => f(r.p99)).join(', ');
  const cold = await coldLoad(100_000);
  const ours = loads.balanza?.map((r) => r.p99) ?? [];
  const peers = KINDS.filter((k) => k !== 'balanza').map((k) => loads[k]?.map((r) => r.p99) ?? []);
  const ratio = ours.map((p99, i) => p99 / Math.min(...peers.map((p) => p[i] ?? Number.NaN)));
  const table = [
    '| server | 10×10: p50 / p99, delivered, server CPU | 50×10: p50 / p99, delivered, server CPU | peak RSS | per idle conn | 10k offline catch-up | storm 150 × 4 MB |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const report = `# Sync benchmark against the peers (\`pnpm bench\`)

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f(totalmem() / 2 ** 30)} GB, Node ${process.version}; loopback; each server
in its own child process (CPU seconds and peak RSS are the server's own); all clients in the bench process.
Load: N boards × M clients, 20 edits/s per board (written in turn by its clients, the boards' writes spread
evenly over each 50 ms), 6 s, ${ROUNDS} rounds with the servers taking turns; the table gives the median
over the rounds. The load clients are bare sockets speaking each server's protocol: they send updates
encoded before the run and find the edit's number in the bytes they receive, without a Y.Doc, so the
generator's own work stays small (clients with a full provider each made it the bottleneck). Balanza stores every
update in SQLite before relaying it and checks the editor role on each; @y/websocket-server 0.1.1 persists
with y-leveldb (after relaying); Hocuspocus 4.7.0 stores the whole document to a file, debounced 2 s.
Per idle conn: what 500 connected, synced, idle clients add to the server's heap and off-heap memory after a
full GC (each server runs with \`--expose-gc\` and a small probe), measured on a fresh server before any load.

${table}

- p99 ratio Balanza / better peer: 10×10 ${f(ratio[0] ?? Number.NaN, 2)}, 50×10 ${f(ratio[1] ?? Number.NaN, 2)} (target ≤ 0.7).
- p99 of each round (ms), 10×10 | 50×10: ${KINDS.map((kind) => `${kind} ${perRound(kind, 0)} | ${perRound(kind, 1)}`).join('; ')}.
- Cold load of a board with 100,000 small updates of history (Balanza, compacted as it runs live):
  ${f(cold.loadMs)} ms to a synced client after a restart; a bare \`Y.applyUpdate\` of the same ${f(cold.bytes / 1024)} kB state:
  ${f(cold.bareMs)} ms (the load includes connect, load, sync and the client's apply). The server's own load
  (read the log from SQLite and build the board in memory, warmed up, median of 5): ${f(cold.serverLoadMs)} ms
  against ${f(cold.warmBareMs)} ms for a bare apply, ${f(cold.serverLoadMs / cold.warmBareMs, 2)}× (target ≤ 1.2×).
`;
  writeFileSync(RESULTS, report);
  return `sync vs peers: p99 ratio ${ratio.map((r) => f(r, 2)).join(' / ')}; cold load ${f(cold.loadMs)} ms`;
}
