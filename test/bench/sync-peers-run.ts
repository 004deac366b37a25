import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { processUsage } from '../support/child-server.ts';
import { coldLoad } from './cold-load.ts';
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

/** Runs every peer through the same load generator, each server in its own process; writes RESULTS.md. */
export async function runSyncPeers(): Promise<string> {
  const rows: string[] = [];
  const loads: Record<string, LoadResult[]> = {};
  for (const kind of KINDS) {
    const server = await startBenchServer(kind);
    try {
      const idle = await memoryPerIdleConnection(server, 500);
      // Warm-up (JIT, sockets, SQLite cache), not counted: the first figures would otherwise include it.
      await measureLoad(server, 3, 5, 20, 2);
      const small = await measureLoad(server, 10, 10, 20, 6);
      const large = await measureLoad(server, 50, 10, 20, 6);
      loads[kind] = [small, large];
      const catchUpMs = await catchUp(server, 10_000);
      const storm = await joinStorm(server, 150);
      const usage = processUsage(server.process.pid);
      const load = (r: LoadResult) =>
        `${f(r.p50)} / ${f(r.p99)} ms, ${((100 * r.delivered) / Math.max(1, r.expected)).toFixed(2)}%, ${f(r.cpuSeconds, 2)} s CPU`;
      rows.push(
        `| ${kind} | ${load(small)} | ${load(large)} | ${f(usage.peakRss / 2 ** 20, 0)} MB | ${f(idle / 1024)} KB | ${f(catchUpMs, 0)} ms | ${f(storm.seconds, 2)} s, ${f(storm.cpuSeconds, 2)} s CPU |`,
      );
      console.log(`  ${rows.at(-1)}`);
    } finally {
      await server.process.kill('SIGKILL');
    }
  }
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
Load: N boards × M clients, 20 edits/s per board (written in turn by its clients), 6 s. Balanza stores every
update in SQLite before relaying it and checks the editor role on each; @y/websocket-server 0.1.1 persists
with y-leveldb (after relaying); Hocuspocus 4.7.0 stores the whole document to a file, debounced 2 s.
Per idle conn: what 500 connected, synced, idle clients add to the server's heap and off-heap memory after a
full GC (each server runs with \`--expose-gc\` and a small probe), measured on a fresh server before any load.

${table}

- p99 ratio Balanza / better peer: 10×10 ${f(ratio[0] ?? Number.NaN, 2)}, 50×10 ${f(ratio[1] ?? Number.NaN, 2)} (target ≤ 0.7).
- Cold load of a board with 100,000 small updates of history (Balanza, compacted as it runs live):
  ${f(cold.loadMs)} ms to a synced client after a restart; a bare \`Y.applyUpdate\` of the same ${f(cold.bytes / 1024)} kB state:
  ${f(cold.bareMs)} ms (the load includes connect, load, sync and the client's apply). The server's own load
  (read the log from SQLite and build the board in memory, warmed up, median of 5): ${f(cold.serverLoadMs)} ms
  against ${f(cold.warmBareMs)} ms for a bare apply, ${f(cold.serverLoadMs / cold.warmBareMs, 2)}× (target ≤ 1.2×).
`;
  writeFileSync(RESULTS, report);
  return `sync vs peers: p99 ratio ${ratio.map((r) => f(r, 2)).join(' / ')}; cold load ${f(cold.loadMs)} ms`;
}
