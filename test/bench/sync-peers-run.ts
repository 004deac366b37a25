import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { processUsage } from '../support/child-server.ts';
import { coldLoad } from './cold-load.ts';
import { markdownTable, percentile } from './stats.ts';
import {
  BENCH_SERVERS,
  catchUp,
  cpuPerDelivery,
  joinStorm,
  type LoadResult,
  measureLoad,
  memoryPerIdleConnection,
  type SaturationStep,
  saturation,
  startBenchServer,
} from './sync-peers.ts';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** Load rounds per size: servers take turns, so a noisy moment of the machine hits one round, not one server. */
const ROUNDS = 3;
const SIZES = [
  [10, 10],
  [50, 10],
  [1, 50],
] as const;
const sizeName = ([boards, clients]: readonly [number, number]) => `${boards}×${clients}`;

const median = (values: number[]) => percentile(values, 50);

interface Summary {
  p50: number;
  p99: number;
  /** Server CPU per delivered update, µs (median over the rounds). */
  cpuPerDelivery: number;
  delivered: number;
  expected: number;
}

/** The rounds of one size, summed up: medians over the rounds, every delivery counted. */
function summarize(rounds: LoadResult[]): Summary {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    cpuPerDelivery: median(rounds.map(cpuPerDelivery)),
    delivered: rounds.reduce((sum, r) => sum + r.delivered, 0),
    expected: rounds.reduce((sum, r) => sum + r.expected, 0),
  };
}

interface ServerFigures {
  name: string;
  loads: Summary[];
  rounds: LoadResult[][];
  saturation: { sustained: number; steps: SaturationStep[] };
  peakRss: number;
  idlePerConnection: number;
  catchUpMs: number;
  storm: { seconds: number; cpuSeconds: number };
}

/**
 * Runs every server through the same load generator, each in its own process, in interleaved rounds;
 * then each one's saturation, catch-up and join storm. Writes RESULTS.md; returns a one-line summary.
 */
export async function runSyncPeers(): Promise<string> {
  const servers = [];
  const idle = new Map<string, number>();
  for (const spec of BENCH_SERVERS) {
    const server = await startBenchServer(spec);
    servers.push(server);
    idle.set(spec.name, await memoryPerIdleConnection(server, 500));
    // Warm-up (JIT, sockets, SQLite cache), not counted: the first figures would otherwise include it.
    await measureLoad(server, 3, 5, 20, 2);
  }
  const rounds = new Map<string, LoadResult[][]>(servers.map((server) => [server.name, SIZES.map(() => [])]));
  for (let round = 0; round < ROUNDS; round++)
    for (const server of servers)
      for (const [i, [boards, perBoard]] of SIZES.entries())
        rounds.get(server.name)?.[i]?.push(await measureLoad(server, boards, perBoard, 20, 6));
  const figures: ServerFigures[] = [];
  for (const server of servers) {
    try {
      const serverRounds = rounds.get(server.name) ?? [];
      const sustained = await saturation(server);
      const catchUpMs = median([
        await catchUp(server, 10_000),
        await catchUp(server, 10_000),
        await catchUp(server, 10_000),
      ]);
      const storm = await joinStorm(server, 150);
      figures.push({
        name: server.name,
        loads: serverRounds.map(summarize),
        rounds: serverRounds,
        saturation: sustained,
        peakRss: processUsage(server.process.pid).peakRss,
        idlePerConnection: idle.get(server.name) ?? Number.NaN,
        catchUpMs,
        storm,
      });
      console.log(
        `  ${server.name}: ${figures
          .at(-1)
          ?.loads.map((l) => `${f(l.cpuPerDelivery)} µs`)
          .join(' / ')}`,
      );
    } finally {
      await server.process.kill('SIGKILL');
    }
  }
  const cold = await coldLoad(100_000);
  const report = formatReport(figures, cold);
  writeFileSync(RESULTS, report);
  const ours = figures.find((s) => s.name === 'balanza');
  const best = bestPeers(figures);
  return `server CPU per delivery vs best peer ${SIZES.map((_, i) => f((ours?.loads[i]?.cpuPerDelivery ?? Number.NaN) / best.cpu(i), 2)).join(' / ')}; sustained rate ${f((ours?.saturation.sustained ?? Number.NaN) / best.sustained, 2)}× best peer`;
}

/** The best peer's figure for each comparison (the lowest cost, the highest rate, the shortest time). */
function bestPeers(figures: ServerFigures[]) {
  const peers = figures.filter((s) => s.name !== 'balanza');
  return {
    cpu: (size: number) => Math.min(...peers.map((s) => s.loads[size]?.cpuPerDelivery ?? Number.NaN)),
    p99: (size: number) => Math.min(...peers.map((s) => s.loads[size]?.p99 ?? Number.NaN)),
    sustained: Math.max(...peers.map((s) => s.saturation.sustained)),
    catchUp: Math.min(...peers.map((s) => s.catchUpMs)),
  };
}

function formatReport(figures: ServerFigures[], cold: Awaited<ReturnType<typeof coldLoad>>): string {
  const ours = figures.find((s) => s.name === 'balanza');
  const best = bestPeers(figures);
  const ratio = (value: number | undefined, of: number) => f((value ?? Number.NaN) / of, 2);
  const delivered = (s: ServerFigures) => {
    const got = s.loads.reduce((sum, l) => sum + l.delivered, 0);
    const expected = s.loads.reduce((sum, l) => sum + l.expected, 0);
    return `${((100 * got) / Math.max(1, expected)).toFixed(2)}%`;
  };
  const cost = markdownTable(
    [
      'server',
      `CPU µs per delivered update: ${SIZES.map(sizeName).join(' / ')}`,
      'sustained edit rate, 1 board × 20',
      'delivered',
    ],
    figures.map((s) => [
      s.name,
      s.loads.map((l) => f(l.cpuPerDelivery)).join(' / '),
      `${s.saturation.sustained} edits/s`,
      delivered(s),
    ]),
  );
  const latency = markdownTable(
    [
      'server',
      ...SIZES.map((size) => `${sizeName(size)}: p50 / p99`),
      'peak RSS',
      'per idle conn',
      '10k offline catch-up',
      'storm 150 × 4 MB',
    ],
    figures.map((s) => [
      s.name,
      ...s.loads.map((l) => `${f(l.p50)} / ${f(l.p99)} ms`),
      `${f(s.peakRss / 2 ** 20, 0)} MB`,
      `${f(s.idlePerConnection / 1024)} KB`,
      `${f(s.catchUpMs, 0)} ms`,
      `${f(s.storm.seconds, 2)} s, ${f(s.storm.cpuSeconds, 2)} s CPU`,
    ]),
  );
  const everyRound = (s: ServerFigures, pick: (r: LoadResult) => string) =>
    s.rounds.map((size) => size.map(pick).join(', ')).join(' | ');
  const steps = (s: ServerFigures) =>
    s.saturation.steps
      .map((step) => `${step.rate}/s: p99 ${f(step.p99)} ms, ${f(100 * step.deliveredShare, 1)}%`)
      .join('; ');
  const generator = figures.flatMap((s) => s.rounds.flat().map((r) => r.generatorBusy));
  const saturationGenerator = figures.flatMap((s) => s.saturation.steps.map((step) => step.generatorBusy));
  return `# Sync benchmark against the peers (\`pnpm bench\`)

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${f(totalmem() / 2 ** 30)} GB, Node ${process.version}; loopback; each server
in its own child process (its CPU — user + system time of all its threads, from \`/proc\` — and peak RSS are its own);
all clients in the bench process. \`perf stat -e instructions\` reports "not supported" on this machine kind, so
the cost is CPU time, not instructions.

Load: N boards × M clients, 20 edits/s per board (written in turn by its clients, the boards' writes spread
evenly over each 50 ms), 6 s, ${ROUNDS} rounds with the servers taking turns; the tables give the median over
the rounds. The load clients are bare sockets speaking each server's protocol: they send updates encoded before
the run and find the edit's number in the bytes they receive, without a Y.Doc. The generator was busy
${f(100 * median(generator), 0)}% of one core in the median load round (at most ${f(100 * Math.max(...generator), 0)}%), and at most
${f(100 * Math.max(...saturationGenerator), 0)}% during the saturation steps.

Persistence: Balanza stores every update in SQLite (WAL) before relaying it — the updates of one event-loop
turn in one transaction — and checks the editor role on each; @y/websocket-server 0.1.1 persists with
y-leveldb (after relaying); Hocuspocus 4.7.0 stores the whole document to a file after relaying, debounced 2 s
by default, and after every change with \`debounce: 0\` ("no debounce").

## Cost and capacity

${cost}

- Server CPU per delivered update, Balanza ÷ best peer: ${SIZES.map((size, i) => `${sizeName(size)} ${ratio(ours?.loads[i]?.cpuPerDelivery, best.cpu(i))}`).join(', ')} (target ≤ 0.5 at 10×10 and 50×10).
- Sustained edit rate on one board × 20 clients (the highest step with p99 ≤ 50 ms and every update delivered;
  a failing step is tried twice), Balanza ÷ best peer: ${ratio(ours?.saturation.sustained, best.sustained)} (target ≥ 2). Steps:
${figures.map((s) => `  - ${s.name}: ${steps(s)}.`).join('\n')}
- Server CPU µs per delivered update in each round, ${SIZES.map(sizeName).join(' | ')}:
${figures.map((s) => `  - ${s.name}: ${everyRound(s, (r) => f(cpuPerDelivery(r)))}.`).join('\n')}

## Latency, memory, catch-up

${latency}

- p99 Balanza ÷ best peer: ${SIZES.map((size, i) => `${sizeName(size)} ${ratio(ours?.loads[i]?.p99, best.p99(i))}`).join(', ')}.
- p99 of each round (ms), ${SIZES.map(sizeName).join(' | ')}:
${figures.map((s) => `  - ${s.name}: ${everyRound(s, (r) => f(r.p99))}.`).join('\n')}
- Catch-up of 10,000 offline edits (median of 3), Balanza ÷ best peer: ${ratio(ours?.catchUpMs, best.catchUp)}.
- Per idle conn: what 500 connected, synced, idle clients add to the server's heap and off-heap memory after a
  full GC (each server runs with \`--expose-gc\` and a small probe), measured on a fresh server before any load.
- Cold load of a board with 100,000 small updates of history (Balanza, compacted as it runs live):
  ${f(cold.loadMs)} ms to a synced client after a restart; a bare \`Y.applyUpdate\` of the same ${f(cold.bytes / 1024)} kB state:
  ${f(cold.bareMs)} ms (the load includes connect, load, sync and the client's apply). The server's own load
  (read the log from SQLite and build the board in memory, warmed up, median of 5): ${f(cold.serverLoadMs)} ms
  against ${f(cold.warmBareMs)} ms for a bare apply, ${f(cold.serverLoadMs / cold.warmBareMs, 2)}× (target ≤ 1.2×).
`;
}

// `tsx test/bench/sync-peers-run.ts` runs it alone; run.ts imports runSyncPeers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.setMaxListeners(0);
  runSyncPeers().then(
    (summary) => {
      console.log(summary);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
