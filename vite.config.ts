import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = import.meta.dirname;
const serverOrigin = process.env.BALANZA_DEV_SERVER ?? 'http://127.0.0.1:8787';

// One config for the client app (root: client/) and for every test in the repo (test.root: repo root).
export default defineConfig({
  root: `${repoRoot}/client`,
  plugins: [react()],
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
