import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';
import { demoBoard } from '../support/demo-board.ts';

interface Box {
  id: string;
  kind: 'bar' | 'label';
  lane: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  cut: boolean;
}

/**
 * Every bar and every title drawn on the Gantt, with its box: a title is the `.tl-bar-title` inside a
 * bar or the label beside it. `cut` says a title's text is wider than its box.
 */
function drawn(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    const add = (element: Element, id: string, kind: Box['kind'], text: string) => {
      const rect = element.getBoundingClientRect();
      const lane = element.closest('[data-testid="lane-track"]')?.getAttribute('data-lane-id') ?? '';
      const cut = element.scrollWidth > element.clientWidth;
      boxes.push({ id, kind, lane, text, x: rect.x, y: rect.y, width: rect.width, height: rect.height, cut });
    };
    for (const bar of Array.from(document.querySelectorAll('[data-testid="timeline-event"]'))) {
      const id = bar.getAttribute('data-event-id') ?? '';
      add(bar, id, 'bar', '');
      const title = bar.querySelector('.tl-bar-title');
      if (title) add(title, id, 'label', title.textContent ?? '');
    }
    for (const label of Array.from(document.querySelectorAll('[data-testid="timeline-label"] .tl-label-text'))) {
      const id = label.parentElement?.getAttribute('data-event-id') ?? '';
      add(label.parentElement as Element, id, 'label', label.textContent ?? '');
    }
    return boxes;
  });
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the timeline readable at any zoom, and its agenda (Chromium)', () => {
  const suite = browserSuite();

  async function openTimeline(viewport: { width: number; height: number }) {
    const boardId = await demoBoard(suite);
    const events = (await suite.server.stored(boardId)).events;
    const page = await suite.open(ANA, boardId, 'timeline');
    await page.setViewportSize(viewport);
    return { boardId, events, page };
  }

  const LAYOUTS = [
    { zoom: 'year', width: 1440 },
    { zoom: 'year', width: 1280 },
    { zoom: 'quarter', width: 1280 },
    { zoom: 'month', width: 1280 },
  ] as const;
  for (const { zoom, width } of LAYOUTS) {
    it(`[A11Y-3] at ${zoom} zoom and ${width} px every event's title is drawn whole, and no two titles or bars overlap`, async () => {
      const { events, page } = await openTimeline({ width, height: 900 });
      await page.getByTestId(`zoom-${zoom}`).click();
      await expect.poll(() => page.getByTestId('timeline-grid').getAttribute('data-zoom')).toBe(zoom);
      // The year shows every event; a quarter or a month those in its window, at least one.
      const shown = async () => new Set((await drawn(page)).filter((box) => box.kind === 'bar').map((box) => box.id));
      if (zoom === 'year') await expect.poll(async () => (await shown()).size).toBe(events.length);
      else await expect.poll(async () => (await shown()).size).toBeGreaterThan(0);
      await expect
        .poll(async () => (await drawn(page)).filter((box) => box.kind === 'label').length)
        .toBe((await shown()).size);
      const boxes = await drawn(page);

      // One title per event drawn, its whole title, not cut.
      const labels = boxes.filter((box) => box.kind === 'label');
      for (const event of events.filter((e) => boxes.some((box) => box.id === e.id))) {
        const own = labels.filter((label) => label.id === event.id);
        expect(
          own.map((label) => label.text),
          event.title,
        ).toEqual([event.title]);
        expect(own[0]?.cut, `${event.title} is cut`).toBe(false);
      }
      // Pairwise on a lane: no title covers another title or another event's bar.
      const clashes: string[] = [];
      for (const label of labels)
        for (const other of boxes)
          if (other.id !== label.id && other.lane === label.lane && overlap(label, other))
            clashes.push(`${label.text} × ${other.kind} of ${events.find((e) => e.id === other.id)?.title}`);
      expect(clashes).toEqual([]);
    }, 60_000);
  }

  it('[A11Y-3] hovering or focusing a bar shows its whole title, dates, verdict, GMV and ROAS', async () => {
    const { events, page } = await openTimeline({ width: 1280, height: 900 });
    const june = events.find((event) => event.campaign === 'mid618');
    if (!june) throw new Error('the demo board has a 618 campaign');
    const bar = page.locator(`[data-testid="timeline-event"][data-event-id="${june.id}"]`);
    const tip = page.getByTestId('timeline-tip');
    await bar.hover();
    await expect.poll(() => tip.getAttribute('data-event-id')).toBe(june.id);
    const said = (await tip.textContent()) ?? '';
    expect(said).toContain(june.title);
    expect(said).toMatch(/Jun 1 – Jun 18/);
    expect(said).toMatch(/Shortfall/);
    expect(said).toMatch(/¥1,420,000/); // actual GMV
    expect(said).toMatch(/ROAS\s*5\.5×/);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });

    // The keyboard gets the same, and the bar is described by it.
    await bar.focus();
    await expect.poll(() => tip.getAttribute('data-event-id')).toBe(june.id);
    expect(await bar.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
  }, 60_000);

  it('[A11Y-4] at 390 px the agenda lists every event by month with its verdict word and GMV', async () => {
    const { events, page } = await openTimeline({ width: 390, height: 844 });
    const agenda = page.getByTestId('timeline-agenda');
    await agenda.waitFor();
    expect(await page.getByTestId('timeline-grid').count()).toBe(0);
    const items = agenda.getByTestId('agenda-event');
    expect(await items.count()).toBe(events.length);
    const verdictWords = { highlight: 'Highlight', shortfall: 'Shortfall', neutral: 'Neutral', unjudged: 'Unjudged' };
    for (const event of events) {
      const item = agenda.locator(`[data-testid="agenda-event"][data-event-id="${event.id}"]`);
      expect(await item.locator('.tl-agenda-title').textContent()).toBe(event.title);
      expect(await item.getByTestId('agenda-verdict').textContent()).toContain(verdictWords[event.verdict]);
      const gmv = event.actualGmv === null ? 'not filled in' : `¥${event.actualGmv.toLocaleString('en')}`;
      expect(await item.getByTestId('agenda-gmv').textContent()).toBe(`GMV ${gmv}`);
    }
    // Grouped by the month each starts in, months in order.
    const months = await agenda.locator('.tl-agenda-heading').allTextContents();
    expect(months[0]).toMatch(/January 2026/);
    expect(months).toEqual([...new Set(months)]);
  }, 60_000);

  it('[A11Y-4] on a wide screen the view is a toggle, remembered on the device', async () => {
    const { page } = await openTimeline({ width: 1280, height: 800 });
    await page.getByTestId('timeline-grid').waitFor();
    await page.getByTestId('timeline-view-agenda').click();
    await page.getByTestId('timeline-agenda').waitFor();
    expect(await page.getByTestId('timeline-view-agenda').getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByTestId('timeline-agenda').waitFor();
    await page.getByTestId('timeline-view-gantt').click();
    await page.getByTestId('timeline-grid').waitFor();
  }, 60_000);

  /** Presses Tab from `start` until every event was focused once (or too many presses): the ids reached. */
  async function tabThrough(page: Page, start: Locator, total: number): Promise<Set<string>> {
    await start.focus();
    const reached = new Set<string>();
    for (let press = 0; press < total * 6 && reached.size < total; press++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);
      if (id) reached.add(id);
    }
    return reached;
  }

  it('[A11Y-5] Tab reaches every event in the Gantt and in the agenda; Enter opens its details', async () => {
    const { events, page } = await openTimeline({ width: 1280, height: 900 });
    const ids = new Set(events.map((event) => event.id));
    await page.getByTestId('timeline-grid').waitFor();
    expect(await tabThrough(page, page.getByTestId('timeline-view-agenda'), ids.size)).toEqual(ids);

    await page.getByTestId('timeline-view-agenda').click();
    await page.getByTestId('timeline-agenda').waitFor();
    expect(await tabThrough(page, page.getByTestId('timeline-view-agenda'), ids.size)).toEqual(ids);

    // Arrow keys walk the agenda too; Enter opens the event as a click on its bar does.
    const first = page.getByTestId('agenda-event').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = page.getByTestId('agenda-event').nth(1);
    expect(await second.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('event-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('event-title').inputValue()).toBe(
      await second.locator('.tl-agenda-title').textContent(),
    );
  }, 60_000);
});
