import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A server in its own process: to kill it for real, or to measure its own CPU and memory. */
export interface ChildServer {
  child: ChildProcess;
  pid: number;
  url: string;
  port: number;
  /** Every line it printed so far (JSON logs). */
  output: string[];
  /** Resolves with the exit code or signal. */
  exited: Promise<number | string | null>;
  kill(signal?: NodeJS.Signals): Promise<number | string | null>;
}

/**
 * Starts `entry` (default: the real `server/src/main.ts`) with `node --import tsx` — one process, so
 * `kill('SIGKILL')` kills the server itself, not a wrapper. Resolves once it prints the URL it serves.
 */
export function spawnServer(
  env: Record<string, string>,
  entry = 'server/src/main.ts',
  /** Extra Node flags before the entry (e.g. a probe to `--import`); with any, the child gets an IPC channel. */
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, entry], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DEMO_BOARD: 'off', ...env },
    stdio: nodeArgs.length > 0 ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('\n')}`)), 30_000);
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        output.push(line);
        const url = /is running|peer running/.test(line) ? (JSON.parse(line) as { url: string }).url : null;
        if (!url) continue;
        clearTimeout(timer);
        resolve({
          child,
          pid: child.pid as number,
          url,
          port: Number(new URL(url).port),
          output,
          exited,
          kill(signal = 'SIGTERM') {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then((how) => reject(new Error(`server exited (${how}) before starting:\n${output.join('\n')}`)));
  });
}

/** CPU seconds (user + system) and peak RSS in bytes of a live process, from /proc. */
export function processUsage(pid: number): { cpuSeconds: number; peakRss: number; rss: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0) * 1024;
  return { cpuSeconds: ticks / 100, peakRss: kb('VmHWM'), rss: kb('VmRSS') };
}
