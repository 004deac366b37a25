import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the browser tests' server finds the client: built fresh for every run, apart from dev builds. */
export const TEST_CLIENT_DIST = fileURLToPath(new URL('../.client-dist', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** Vitest global setup: builds the client once before any test file runs. */
export default async function buildClient(): Promise<void> {
  rmSync(TEST_CLIENT_DIST, { recursive: true, force: true });
  await build({ configFile: CONFIG, logLevel: 'error', build: { outDir: TEST_CLIENT_DIST, sourcemap: false } });
}
