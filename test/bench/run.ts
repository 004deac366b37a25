import { cpus } from 'node:os';
import { formatLatency, measureLatency } from './latency.ts';

/**
 * `pnpm bench`: prints figures, never fails a test run. Each benchmark runs against the real server
 * on loopback with a real SQLite file.
 */
async function main() {
  // y-websocket adds a process 'exit' listener per provider; 20 clients in one process is expected here.
  process.setMaxListeners(100);
  console.log(`Balanza benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  console.log('\nEdit → arrival at every other client (goal actual changed by one client):');
  const results = [];
  for (const clients of [2, 20]) {
    const result = await measureLatency(clients, 500);
    results.push(result);
    console.log(`  ${formatLatency(result)}`);
  }
  const summary = results.map((r) => `${r.clients} clients median ${r.median.toFixed(2)} ms`).join(', ');
  console.log(`\nsummary: edit-to-arrival ${summary}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
