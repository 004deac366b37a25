import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = import.meta.dirname;
const serverOrigin = process.env.BALANZA_DEV_SERVER ?? 'http://127.0.0.1:8787';

/**
 * Writes the offline service worker (client/src/offline/service-worker.js) into the build as `sw.js`,
 * with the list of built files to precache and a version that changes with them ([OFFLINE-2]).
 */
function offlineWorker(): Plugin {
  return {
    name: 'balanza-offline-worker',
    apply: 'build',
    writeBundle(options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const item = bundle[name.slice(1)];
        hash.update(name).update(item?.type === 'chunk' ? item.code : (item?.source ?? ''));
      }
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      const template = readFileSync(`${repoRoot}/client/src/offline/service-worker.js`, 'utf8');
      const worker = template.replace('self.__BALANZA_MANIFEST__', JSON.stringify(manifest));
      writeFileSync(join(options.dir ?? `${repoRoot}/client/dist`, 'sw.js'), worker);
    },
  };
}

// One config for the client app (root: client/) and for every test in the repo (test.root: repo root).
export default defineConfig({
  root: `${repoRoot}/client`,
  plugins: [react(), offlineWorker()],
  // Two copies of yjs in one page break `instanceof` checks and sync; keep exactly one.
  resolve: { dedupe: ['yjs'] },
  server: {
    port: 5173,
    proxy: {
      '/api': serverOrigin,
      '/sync': { target: serverOrigin.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: { outDir: `${repoRoot}/client/dist`, emptyOutDir: true, sourcemap: true },
  test: {
    root: repoRoot,
    include: ['packages/**/*.test.ts', 'server/**/*.test.ts', 'client/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['./test/support/build-client.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
