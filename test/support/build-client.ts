import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const DIST_ROOT = fileURLToPath(new URL('../.client-dist', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const DIST_ENV = 'BALANZA_TEST_CLIENT_DIST';

/**
 * Where the browser tests' server finds the client. Each run builds into its own folder (named in the
 * environment the test workers inherit), so two runs at once never serve each other's half-built files.
 */
export const TEST_CLIENT_DIST = process.env[DIST_ENV] ?? `${DIST_ROOT}/default`;

/** Builds the production client into `outDir` (also used by the browser benchmarks). */
export async function buildClientInto(outDir: string): Promise<void> {
  // Production mode even under vitest (NODE_ENV=test): the tests and benchmarks run what users get.
  await build({ configFile: CONFIG, mode: 'production', logLevel: 'error', build: { outDir, sourcemap: false } });
}

/** Vitest global setup: builds the client once before any test file runs, and removes it afterwards. */
export default async function buildClient(): Promise<() => void> {
  const outDir = `${DIST_ROOT}/run-${process.pid}`;
  process.env[DIST_ENV] = outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await buildClientInto(outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
