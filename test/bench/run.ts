import { cpus } from 'node:os';
import { formatAppend, measureAppend } from './append.ts';
import { formatAuthorship, measureAuthorship } from './authorship.ts';
import { formatCatchup, measureCatchup } from './catchup.ts';
import { runCrossInstance } from './cross-instance.ts';
import { formatExchange, measureExchange } from './exchange.ts';
import { formatLatency, measureLatency } from './latency.ts';
import { formatMeasuresBoard, measureMeasuresBoard } from './measures.ts';
import { formatMetrics, measureMetrics } from './metrics.ts';
import { formatPlan, measurePlan } from './plan.ts';
import { formatReveal, measureReveal } from './reveal.ts';
import { runSyncPeers } from './sync-peers-run.ts';
import { formatTimelineDrag, measureTimelineDrag } from './timeline.ts';

/**
 * `pnpm bench`: prints figures, never fails a test run. Each benchmark runs against the real server
 * on loopback with a real SQLite file.
 */
async function main() {
  // y-websocket adds a process 'exit' listener per provider; 20 clients in one process is expected here.
  process.setMaxListeners(100);
  console.log(`Balanza benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(`\nReview metrics, incremental vs full recompute:\n  ${formatMetrics(measureMetrics(2000))}`);
  console.log(`\nPlan metrics, one assumption edited vs full recompute:\n  ${formatPlan(measurePlan())}`);
  console.log(`\nThe server's check of one update:\n  ${formatAuthorship(measureAuthorship())}`);
  console.log(`\nExports and import:\n  ${formatExchange(await measureExchange())}`);
  console.log('\nEdit → arrival at every other client (goal actual changed by one client):');
  const results = [];
  for (const clients of [2, 20]) {
    const result = await measureLatency(clients, 500);
    results.push(result);
    console.log(`  ${formatLatency(result)}`);
  }
  const drag = await measureTimelineDrag(300);
  console.log(`\nTimeline drag in Chromium:\n  ${formatTimelineDrag(drag)}`);
  const measuresBoard = await measureMeasuresBoard(300);
  console.log(`\nMeasures board in Chromium:\n  ${formatMeasuresBoard(measuresBoard)}`);
  console.log(`\nPrivate writing's reveal (authors offline):\n  ${formatReveal(await measureReveal())}`);
  console.log(`\nSQLite append against a bare WAL insert:\n  ${formatAppend(await measureAppend())}`);
  const catchup = await measureCatchup(10_000, 5);
  console.log(`\nCatch-up after working offline:\n  ${formatCatchup(catchup)}`);
  const summary = results.map((r) => `${r.clients} clients median ${r.median.toFixed(2)} ms`).join(', ');
  console.log('\nSync against the peers (writes test/bench/RESULTS.md):');
  process.setMaxListeners(0);
  const peers = await runSyncPeers();
  console.log('\nSeveral instances on PostgreSQL and Redis (set BENCH_STEADY_SECONDS to shorten the steady part):');
  console.log(await runCrossInstance());
  console.log(`\nsummary: edit-to-arrival ${summary}; ${peers}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
