import { addEvent, addLane, readBoard } from '@balanza/model';
import { launchBrowser } from '../support/browser.ts';
import { buildClientInto, TEST_CLIENT_DIST } from '../support/build-client.ts';
import { connectClient } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { ms, percentile } from './stats.ts';

export interface TimelineDragResult {
  events: number;
  lanes: number;
  frames: number;
  median: number;
  p95: number;
  max: number;
  /** Frames that missed a 60 Hz vsync (> 20 ms). */
  long: number;
}

const iso = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * Frame times while an event is dragged across a timeline of `eventCount` events in Chromium:
 * requestAnimationFrame deltas in the page during a slow pointer drag (60 moves, one per frame).
 */
export async function measureTimelineDrag(eventCount = 300, laneCount = 6): Promise<TimelineDragResult> {
  await buildClientInto(TEST_CLIENT_DIST);
  const server = await startTestServer({ clientDist: TEST_CLIENT_DIST });
  const boardId = await server.createBoard({ title: 'Bench', reviewedYear: 2026 });
  server.server.access.setPublic(boardId, 'editor');
  const writer = connectClient(server.syncUrl, boardId);
  await writer.synced;
  const lanes = readBoard(writer.doc).lanes.map((lane) => lane.id);
  while (lanes.length < laneCount) lanes.push(addLane(writer.doc, { label: `Lane ${lanes.length + 1}` }));
  const have = readBoard(writer.doc).events.length;
  for (let i = have; i < eventCount; i++) {
    const start = (i * 37) % 350;
    addEvent(writer.doc, {
      laneId: lanes[i % lanes.length] as string,
      title: `Event ${i}`,
      start: iso(start),
      end: iso(start + (i % 9)),
      targetGmv: 1000 + i,
      actualGmv: 900 + ((i * 13) % 400),
      spend: 100 + (i % 50),
    });
  }
  await new Promise((resolve) => setTimeout(resolve, 500));

  const chromium = await launchBrowser();
  const context = await chromium.newUser({ name: 'Bench', color: '#2563eb' });
  const page = await context.newPage();
  await page.goto(`${server.url}/b/${boardId}/timeline`);
  await page
    .locator('[data-testid="timeline-event"]')
    .nth(eventCount - 1)
    .waitFor({ timeout: 20_000 });
  const bar = page.locator('[data-testid="timeline-event"]:not(.tl-point)').first();
  const box = await bar.boundingBox();
  if (!box) throw new Error('no bar to drag');

  // A string, not a function: tsx's name helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(x + step * 6, y + step * 2);
  const frames = (await page.evaluate(
    '(() => { window.__stop = true; return window.__frames.slice(2); })()',
  )) as number[];
  await page.mouse.up();

  await context.close();
  await chromium.close();
  writer.destroy();
  await server.dispose();
  return {
    events: eventCount,
    lanes: laneCount,
    frames: frames.length,
    median: percentile(frames, 50),
    p95: percentile(frames, 95),
    max: Math.max(...frames),
    long: frames.filter((frame) => frame > 20).length,
  };
}

export const formatTimelineDrag = (r: TimelineDragResult) =>
  `${r.events} events on ${r.lanes} lanes, drag over ${r.frames} frames: median ${ms(r.median)}  p95 ${ms(r.p95)}  max ${ms(r.max)}, ${r.long} over 20 ms (target p95 < 16 ms; rAF deltas are vsync-bound at 16.7 ms on 60 Hz)`;
