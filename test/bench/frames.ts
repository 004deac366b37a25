import type { Page } from 'playwright-core';
import { percentile } from './stats.ts';

/**
 * Chromium flags for frame benchmarks: without vsync and the 60 Hz cap, a frame ends as soon as its
 * work is done, so what we time is the work itself, not the wait for the next vsync (which would make
 * every frame read 16.7 ms whatever it cost).
 */
export const UNCAPPED_FRAMES = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

export interface FrameCosts {
  moves: number;
  median: number;
  p95: number;
  max: number;
  /** Moves whose frame took longer than a 60 Hz frame (16.7 ms). */
  overBudget: number;
}

/**
 * Starts timing every pointer move in the page: from the moment the move is dispatched (a capturing
 * listener, before the app's own) to the end of the frame that shows it (a task posted from the next
 * animation frame runs after that frame's style, layout and paint).
 */
export async function startFrameCosts(page: Page): Promise<void> {
  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__moveCosts = [];
    addEventListener('pointermove', () => {
      const started = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__moveCosts.push(performance.now() - started);
        channel.port2.postMessage(0);
      });
    }, { capture: true });
  })()`);
}

/** The costs of the moves timed since `startFrameCosts`, skipping the first (the drag's start-up). */
export async function readFrameCosts(page: Page): Promise<FrameCosts> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))');
  const costs = ((await page.evaluate('window.__moveCosts')) as number[]).slice(1);
  if (process.env.BENCH_DEBUG) console.log(costs.map((cost) => cost.toFixed(1)).join(' '));
  return {
    moves: costs.length,
    median: percentile(costs, 50),
    p95: percentile(costs, 95),
    max: Math.max(...costs),
    overBudget: costs.filter((cost) => cost > 1000 / 60).length,
  };
}
