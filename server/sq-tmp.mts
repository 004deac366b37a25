import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './src/store/sqlite-store.ts';
const store = openSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'sq-')) });
const now = Date.now();
await store.create('b', new Uint8Array(10), { id: 'b', title: 't', shop: '', reviewedYear: 2026, planYear: 2027, currency: 'EUR', locale: 'en', createdAt: now, updatedAt: now });
const times: number[] = [];
const data = new Uint8Array(60).fill(7);
for (let i = 0; i < 20000; i++) { const t = performance.now(); await store.append('b', data); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.floor(q * times.length)]!.toFixed(3);
console.log('median', p(0.5), 'p99', p(0.99), 'p999', p(0.999), 'max', times.at(-1)!.toFixed(2), 'over 2ms', times.filter((t) => t > 2).length);
