import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's code. A plain script (not a module file) so it runs the same under tsx, vitest and
 * production; the SQLite driver's path is handed over, as the worker cannot resolve our dependencies.
 */
const SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error));
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

export interface Checkpointer {
  /** Runs a last checkpoint and ends the worker. */
  stop(): Promise<void>;
}

/**
 * Copies committed WAL frames into the database file from a worker thread, every `everyMs`. SQLite
 * would otherwise do it inside whichever commit crosses its threshold — a synchronous pause of several
 * milliseconds on the thread that relays updates. A passive checkpoint never blocks the writer; the
 * commits themselves stay durable exactly as before (they are in the WAL when `append` returns).
 */
export function startCheckpointer(file: string, onFailure: (reason: string) => void, everyMs = 1000): Checkpointer {
  const worker = new Worker(SCRIPT, { eval: true, workerData: { file, driver: driverPath, everyMs } });
  worker.on('message', (reason: string) => onFailure(reason));
  worker.on('error', (error) => onFailure(error.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // Last, after the listeners (which would take a reference again): the worker never keeps a process alive.
  worker.unref();
  return {
    async stop() {
      // Referenced again until it has folded the WAL in and exited: the process must wait for that.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
