import { pathToFileURL } from 'node:url';
import { addEvent, addLane, readBoard } from '@balanza/model';
import { launchBrowser } from '../support/browser.ts';
import { buildClientInto, TEST_CLIENT_DIST } from '../support/build-client.ts';
import { connectClient } from '../support/clients.ts';
import { startTestServer } from '../support/server.ts';
import { type FrameCosts, readFrameCosts, startFrameCosts, UNCAPPED_FRAMES } from './frames.ts';
import { ms } from './stats.ts';

export interface TimelineDragResult extends FrameCosts {
  events: number;
  lanes: number;
  /** The same drag with a wide bar grabbed in its middle: a move (the first bar is grabbed on its start handle, a resize). */
  move: FrameCosts;
}

const iso = (day: number) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);

/**
 * Frame costs while an event is dragged across a timeline of `eventCount` events in Chromium with
 * uncapped frames: for each of 60 pointer moves, the time until the frame showing it is done.
 */
export async function measureTimelineDrag(eventCount = 300, laneCount = 6): Promise<TimelineDragResult> {
  await buildClientInto(TEST_CLIENT_DIST);
  const server = await startTestServer({ clientDist: TEST_CLIENT_DIST });
  const boardId = await server.createBoard({ title: 'Bench', reviewedYear: 2026 });
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

  const chromium = await launchBrowser(UNCAPPED_FRAMES);
  const context = await chromium.newUser({ name: 'Bench', color: '#2563eb' });
  const page = await context.newPage();
  await page.goto(`${server.url}/b/${boardId}/timeline`);
  await page
    .locator('[data-testid="timeline-event"]')
    .nth(eventCount - 1)
    .waitFor({ timeout: 20_000 });
  const bars = page.locator('[data-testid="timeline-event"]:not(.tl-point)');
  const drag = async (box: { x: number; y: number; width: number; height: number } | null) => {
    if (!box) throw new Error('no bar to drag');
    await startFrameCosts(page);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 60; step++) await page.mouse.move(x + step * 6, y + step * 2);
    const frames = await readFrameCosts(page);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    return frames;
  };
  // The first bar is narrow: its centre falls on the start handle, so this drag resizes it.
  const frames = await drag(await bars.first().boundingBox());
  const wide = (await bars.evaluateAll((nodes) =>
    nodes.findIndex((node) => node.getBoundingClientRect().width >= 60),
  )) as number;
  const move = await drag(await bars.nth(Math.max(0, wide)).boundingBox());

  await context.close();
  await chromium.close();
  writer.destroy();
  await server.dispose();
  return { events: eventCount, lanes: laneCount, ...frames, move };
}

export const formatTimelineDrag = (r: TimelineDragResult) =>
  `${r.events} events on ${r.lanes} lanes, ${r.moves} pointer moves, move → frame done: median ${ms(r.median)}  p95 ${ms(r.p95)}  max ${ms(r.max)}, ${r.overBudget} over 16.7 ms (target p95 < 16 ms); dragging a wide bar by its middle: median ${ms(r.move.median)}  p95 ${ms(r.move.p95)}  max ${ms(r.move.max)}, ${r.move.overBudget} over`;

// `tsx test/bench/timeline.ts` runs it alone; run.ts can import measureTimelineDrag/formatTimelineDrag.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureTimelineDrag().then(
    (result) => {
      console.log(`Timeline drag in Chromium:\n  ${formatTimelineDrag(result)}`);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
