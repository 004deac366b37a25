/**
 * Loaded (`--import`) into every benchmarked server, run with `--expose-gc` and an IPC channel: on the
 * message "heap" it collects garbage and answers what stays — heap in use plus memory outside the heap
 * (socket buffers) — so memory per idle connection counts what connections hold, not garbage not yet
 * collected.
 */
const collect = (globalThis as { gc?: () => void }).gc;
process.on('message', (message) => {
  if (message !== 'heap') return;
  collect?.();
  collect?.();
  const { heapUsed, external } = process.memoryUsage();
  process.send?.({ heap: heapUsed + external });
});
// The IPC channel must not keep a server alive after it is told to stop.
process.channel?.unref();
