import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser-suite.ts';

const DAY = 86_400_000;
const dayOfYear = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse('2026-01-01T00:00:00Z')) / DAY;

describe('the timeline, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  let pageA: Page;
  let pageB: Page;
  let eventId: string;

  beforeAll(async () => {
    // Ana is the facilitator; Bo opens an editor share link.
    ({ pageA, pageB } = await suite.pair('timeline', '[data-testid="timeline-event"]'));
    eventId = (await bar618(pageA).getAttribute('data-event-id')) as string;
  });

  const bar618 = (page: Page) => page.locator('[data-testid="timeline-event"][aria-label^="618"]');
  const barById = (page: Page) => page.locator(`[data-testid="timeline-event"][data-event-id="${eventId}"]`);
  const tracks = (page: Page) => page.locator('[data-testid="lane-track"]');
  const box = async (locator: Locator) => {
    const rect = await locator.boundingBox();
    if (!rect) throw new Error('not visible');
    return rect;
  };

  it('[TIMELINE-3][SYNC-2] A drags 618 to another lane and month with the mouse; B sees it there', async () => {
    const target = tracks(pageA).nth(2);
    const targetLane = (await target.getAttribute('data-lane-id')) as string;
    expect(await barById(pageA).getAttribute('data-lane-id')).not.toBe(targetLane);
    const from = await box(barById(pageA));
    const track = await box(target);
    const dayWidth = track.width / 365;
    // Grab the middle: the ends are resize handles.
    const grabX = from.x + from.width / 2;
    const toX = track.x + dayOfYear('2026-09-10') * dayWidth + from.width / 2;
    await pageA.mouse.move(grabX, from.y + from.height / 2);
    await pageA.mouse.down();
    for (let step = 1; step <= 10; step++)
      await pageA.mouse.move(grabX + ((toX - grabX) * step) / 10, from.y + ((track.y + 16 - from.y) * step) / 10);
    await pageA.mouse.up();

    await expect.poll(() => barById(pageB).getAttribute('data-lane-id')).toBe(targetLane);
    const start = (await barById(pageB).getAttribute('data-start')) as string;
    expect(start.slice(0, 7)).toBe('2026-09');
    // The length of the event is kept: 618 runs 18 days (Jun 1–18).
    const end = (await barById(pageB).getAttribute('data-end')) as string;
    expect(dayOfYear(end) - dayOfYear(start)).toBe(17);
  });

  it('[TIMELINE-3] dragging the end of an event resizes it and keeps its start and lane; B sees it', async () => {
    const [lane, start, end] = await Promise.all(
      ['data-lane-id', 'data-start', 'data-end'].map((name) => barById(pageA).getAttribute(name)),
    );
    const dayWidth = (await box(tracks(pageA).first())).width / 365;
    const handle = await box(barById(pageA).locator('.tl-handle-end'));
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await pageA.mouse.move(x, y);
    await pageA.mouse.down();
    // Ten days to the right, wandering down a little: a resize never changes the lane.
    for (let step = 1; step <= 10; step++) await pageA.mouse.move(x + step * dayWidth, y + step * 3);
    await pageA.mouse.up();

    await expect.poll(() => barById(pageB).getAttribute('data-end')).not.toBe(end);
    expect(dayOfYear((await barById(pageB).getAttribute('data-end')) as string) - dayOfYear(end as string)).toBe(10);
    expect(await barById(pageB).getAttribute('data-start')).toBe(start);
    expect(await barById(pageB).getAttribute('data-lane-id')).toBe(lane);
  });

  it('[TIMELINE-4] the keyboard moves an event by days and between lanes, with announcements', async () => {
    const before = (await barById(pageA).getAttribute('data-start')) as string;
    const laneAbove = (await tracks(pageA).nth(1).getAttribute('data-lane-id')) as string;
    await barById(pageA).focus();
    await pageA.keyboard.press('Space');
    // dnd-kit's keyboard sensor listens for arrows only from the task after the pick-up.
    await expect.poll(() => barById(pageA).getAttribute('class')).toContain('is-dragging');
    await pageA.keyboard.press('ArrowRight');
    await pageA.keyboard.press('ArrowRight');
    await pageA.keyboard.press('ArrowRight');
    await pageA.keyboard.press('ArrowUp');
    await pageA.keyboard.press('Space');
    await expect.poll(() => barById(pageB).getAttribute('data-lane-id')).toBe(laneAbove);
    expect(dayOfYear((await barById(pageB).getAttribute('data-start')) as string)).toBe(dayOfYear(before) + 3);
    // dnd-kit's live region told a screen reader where it went.
    await expect
      .poll(() => pageA.locator('[role="status"][aria-live]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/dropped in/)]));
  });

  it('[TIMELINE-4] the keyboard resizes an event: Shift+→ the end, Alt+Shift+← the start, each step announced', async () => {
    const [start, end] = await Promise.all(['data-start', 'data-end'].map((name) => barById(pageA).getAttribute(name)));
    await barById(pageA).focus();
    await pageA.keyboard.press('Shift+ArrowRight');
    await pageA.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => barById(pageB).getAttribute('data-end')).not.toBe(end);
    await expect
      .poll(async () => dayOfYear((await barById(pageB).getAttribute('data-end')) as string))
      .toBe(dayOfYear(end as string) + 2);
    await pageA.keyboard.press('Alt+Shift+ArrowLeft');
    await expect
      .poll(async () => dayOfYear((await barById(pageB).getAttribute('data-start')) as string))
      .toBe(dayOfYear(start as string) - 1);
    await expect.poll(() => pageA.getByTestId('timeline-resize-status').textContent()).toMatch(/now starts on/);
  });

  it('[COMMENT-1][COMMENT-2][COMMENT-3][TIMELINE-7] B comments on 618; A sees it live (unread), resolves it; B sees it resolved', async () => {
    await barById(pageB).click();
    await pageB.getByTestId('event-panel').waitFor();
    // A sees that B has the event open, in B's colour.
    await expect.poll(() => barById(pageA).getAttribute('data-peers')).toBe('Bo');

    await pageB.getByTestId('comment-new-input').fill('why did 618 fail?');
    await pageB.getByTestId('comment-new-send').click();

    await expect
      .poll(async () => Number(await pageA.getByTestId('comments-toggle').getAttribute('data-unread')))
      .toBeGreaterThan(0);
    await pageA.getByTestId('comments-toggle').click();
    const thread = pageA
      .getByTestId('comments-drawer')
      .locator('[data-testid="comment-thread"]')
      .filter({ hasText: 'why did 618 fail?' });
    await thread.waitFor();
    expect(await thread.locator('[data-testid="comment-message"][data-unread]').count()).toBe(1);
    await expect.poll(() => pageA.getByTestId('rail-comments-timeline').textContent()).toMatch(/\d/);
    await thread.getByTestId('thread-resolve').click();

    const onB = pageB
      .getByTestId('event-panel')
      .locator('[data-testid="comment-thread"]')
      .filter({ hasText: 'why did 618 fail?' });
    await expect.poll(() => onB.getAttribute('data-resolved')).toBe('true');
    // Seen after a moment: the mark goes.
    await expect
      .poll(() => thread.locator('[data-testid="comment-message"][data-unread]').count(), { timeout: 5000 })
      .toBe(0);
  });

  it("[TIMELINE-6] the rich-text note typed in A appears in B, with A's caret", async () => {
    await barById(pageA).click();
    const editorA = pageA.getByTestId('event-panel').getByTestId('note-editor');
    await editorA.click();
    await pageA.keyboard.type('Stock ran out on day two');
    const editorB = pageB.getByTestId('event-panel').getByTestId('note-editor');
    await expect.poll(() => editorB.textContent()).toContain('Stock ran out on day two');
    await expect.poll(() => editorB.locator('.collaboration-carets__label').allTextContents()).toContain('Ana');
  });
});
