import { pathToFileURL } from 'node:url';
import { addMeasure, MEASURE_COLUMNS, moveMeasure, readBoard } from '@balanza/model';
import { launchBrowser } from '../support/browser.ts';
import { buildClientInto, TEST_CLIENT_DIST } from '../support/build-client.ts';
import { connectClient } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { type FrameCosts, readFrameCosts, startFrameCosts, UNCAPPED_FRAMES } from './frames.ts';
import { ms, percentile } from './stats.ts';

export interface MeasuresBenchResult {
  measures: number;
  /** Remote move (Node client) → card re-rendered in its new column in Chromium, next frame included. */
  moves: number;
  moveMedian: number;
  moveP95: number;
  /** The page's part of it: sync message arrived → card painted in its new column. */
  applyMedian: number;
  applyP95: number;
  /** Main-thread milliseconds per move by kind (Chromium's Performance.getMetrics, averaged). */
  breakdown: { script: number; style: number; layout: number };
  /** Pointer move → frame done, while a card is dragged across the columns (uncapped frames). */
  drag: FrameCosts;
}

/**
 * The measures board with `count` cards in Chromium: (1) a move made by another client, from the
 * `moveMeasure` call to the card painted in its new column (through the real server on loopback; both
 * clocks are the machine's, read as `timeOrigin + now()`), and (2) frame times during a mouse drag.
 */
export async function measureMeasuresBoard(count = 300, moves = 20): Promise<MeasuresBenchResult> {
  await buildClientInto(TEST_CLIENT_DIST);
  const server = await startTestServer({ clientDist: TEST_CLIENT_DIST });
  const boardId = await server.createBoard({ title: 'Bench', reviewedYear: 2026 });
  const writer = connectClient(server.syncUrl, boardId);
  await writer.synced;
  for (let i = 0; i < count; i++)
    addMeasure(writer.doc, { text: `Measure ${i}: a sentence of typical length`, column: MEASURE_COLUMNS[i % 3] });
  await new Promise((resolve) => setTimeout(resolve, 500));

  const chromium = await launchBrowser(UNCAPPED_FRAMES);
  const context = await chromium.newUser({ name: 'Bench', color: '#2563eb' });
  // Note when each sync message arrives, to time the page's own work apart from the network.
  await context.addInitScript(`(() => {
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', () => { window.__lastMessageAt = performance.now(); });
      }
    };
  })()`);
  const page = await context.newPage();
  await page.goto(`${server.url}/b/${boardId}/measures`);
  await page
    .locator('[data-testid="measure-card"]')
    .nth(count - 1)
    .waitFor({ timeout: 30_000 });

  // (1) Remote moves: the page resolves when the card shows in its new column, after the next frame.
  // Main-thread time by kind (Chromium's own counters), to say where a remote move's time goes.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const counters = async () =>
    Object.fromEntries(
      ((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics.map(
        (metric) => [metric.name, metric.value],
      ),
    ) as Record<string, number>;
  const before = await counters();
  const moveTimes: number[] = [];
  const pageTimes: number[] = [];
  const cards = readBoard(writer.doc).measures;
  for (let i = 0; i < moves; i++) {
    const card = cards[(i * 37) % cards.length];
    if (!card) continue;
    const current = readBoard(writer.doc).measures.find((m) => m.id === card.id)?.column ?? 'keep';
    const to = MEASURE_COLUMNS[(MEASURE_COLUMNS.indexOf(current) + 1) % 3] ?? 'keep';
    // A string, not a function: tsx's name helpers do not exist in the page.
    const shown = page.evaluate(`new Promise((resolve) => {
      const selector = '[data-testid="measure-card"][data-measure-id=${JSON.stringify(card.id)}][data-column=${JSON.stringify(to)}]';
      const done = () => requestAnimationFrame(() => {
        const now = performance.now();
        resolve({ at: performance.timeOrigin + now, inPage: now - window.__lastMessageAt });
      });
      if (document.querySelector(selector)) return done();
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) { observer.disconnect(); done(); }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    })`) as Promise<{ at: number; inPage: number }>;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sent = performance.timeOrigin + performance.now();
    moveMeasure(writer.doc, card.id, to, i % 5);
    const { at, inPage } = await shown;
    moveTimes.push(at - sent);
    pageTimes.push(inPage);
  }

  const after = await counters();
  const perMove = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / Math.max(1, moveTimes.length);
  const breakdown = {
    script: perMove('ScriptDuration'),
    style: perMove('RecalcStyleDuration'),
    layout: perMove('LayoutDuration'),
  };

  // (2) Frame costs while a card is dragged slowly across the board (method of ./frames.ts).
  const handle = page.locator('[data-testid="measure-handle"]').first();
  const box = await handle.boundingBox();
  if (!box) throw new Error('no card to drag');
  await startFrameCosts(page);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(x + step * 10, y + step * 4);
  const drag = await readFrameCosts(page);
  await page.keyboard.press('Escape');
  await page.mouse.up();

  await context.close();
  await chromium.close();
  writer.destroy();
  await server.dispose();
  return {
    measures: count,
    moves: moveTimes.length,
    moveMedian: percentile(moveTimes, 50),
    moveP95: percentile(moveTimes, 95),
    applyMedian: percentile(pageTimes, 50),
    applyP95: percentile(pageTimes, 95),
    breakdown,
    drag,
  };
}

export const formatMeasuresBoard = (r: MeasuresBenchResult) =>
  `${r.measures} measures: remote move → re-rendered (loopback server, frame done) over ${r.moves} moves: median ${ms(r.moveMedian)}  p95 ${ms(r.moveP95)}, of which in the page (message → painted) median ${ms(r.applyMedian)}  p95 ${ms(r.applyP95)} (main thread per move: script ${ms(r.breakdown.script)}, style ${ms(r.breakdown.style)}, layout ${ms(r.breakdown.layout)}); drag, ${r.drag.moves} pointer moves, move → frame done: median ${ms(r.drag.median)}  p95 ${ms(r.drag.p95)}  max ${ms(r.drag.max)}, ${r.drag.overBudget} over 16.7 ms (target p95 < 16 ms)`;

// `tsx test/bench/measures.ts` runs it alone; run.ts can import measureMeasuresBoard/formatMeasuresBoard.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureMeasuresBoard().then(
    (result) => {
      console.log(`Measures board in Chromium:\n  ${formatMeasuresBoard(result)}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
