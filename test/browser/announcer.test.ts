import { addMeasure, addThread, moveMeasure, readBoard, setThreadResolved } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';

/** Everything page's live region says from now on, one entry per announcement (a new node each time). */
async function listenToAnnouncer(page: Page): Promise<() => Promise<string[]>> {
  await page.getByTestId('live-announcer').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="live-announcer"]') as HTMLElement;
    const said: string[] = [];
    (window as unknown as { announced: string[] }).announced = said;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of Array.from(record.addedNodes)) if (node.textContent) said.push(node.textContent);
    }).observe(region, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { announced: string[] }).announced]);
}

/** The data-testid and record id around the focused element, to tell that focus has not moved. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      testId: active?.dataset.testid ?? null,
      goal: active?.closest<HTMLElement>('[data-goal-id]')?.dataset.goalId ?? null,
    };
  });

describe('live changes announced to screen readers (Chromium)', () => {
  const suite = browserSuite();

  it('[A11Y-13][A11Y-14] a goal changed in another browser is announced politely where focus is, once per second, and never one’s own', async () => {
    const { pageA, pageB } = await suite.pair('goals', '[data-testid="goal-row"]');
    const said = await listenToAnnouncer(pageA);
    expect(await pageA.getByTestId('live-announcer').getAttribute('aria-live')).toBe('polite');
    expect(await pageA.locator('[aria-live="polite"][data-testid="live-announcer"]').count()).toBe(1);
    const goalId = (await pageA.getByTestId('goal-row').first().getAttribute('data-goal-id')) as string;
    const row = (page: Page) => page.locator(`[data-testid="goal-row"][data-goal-id="${goalId}"]`);
    const label = await row(pageA).getByTestId('goal-label').inputValue();

    // A is on the goal's actual cell; B changes that actual.
    await row(pageA).getByTestId('goal-actual').focus();
    await row(pageB).getByTestId('goal-actual').fill('4321');
    await row(pageB).getByTestId('goal-actual').press('Enter');
    await expect.poll(said, { timeout: 5000 }).toHaveLength(1);
    const [first] = await said();
    expect(first).toContain(label);
    expect(first).toMatch(/4,321/);
    expect(await pageA.getByTestId('live-announcer').textContent()).toBe(first);
    expect(await focusOf(pageA)).toEqual({ testId: 'goal-actual', goal: goalId });

    // Two quick changes by B: one announcement, with the latest figure.
    await row(pageB).getByTestId('goal-actual').fill('5000');
    await row(pageB).getByTestId('goal-actual').press('Enter');
    await row(pageB).getByTestId('goal-actual').fill('6000');
    await row(pageB).getByTestId('goal-actual').press('Enter');
    await expect.poll(said, { timeout: 5000 }).toHaveLength(2);
    await pageA.waitForTimeout(1500);
    const afterTwo = await said();
    expect(afterTwo).toHaveLength(2);
    expect(afterTwo[1]).toMatch(/6,000/);
    expect(afterTwo[1]).not.toMatch(/5,000/);
    expect(await focusOf(pageA)).toEqual({ testId: 'goal-actual', goal: goalId });

    // A's own change is not announced to A (Enter takes A to the next row's actual); nor is B's change to a
    // goal A is not on.
    await row(pageA).getByTestId('goal-actual').fill('7000');
    await row(pageA).getByTestId('goal-actual').press('Enter');
    await expect.poll(() => row(pageB).getByTestId('goal-actual').inputValue()).toMatch(/7,?000/);
    const otherRow = pageB.getByTestId('goal-row').nth(4);
    await otherRow.getByTestId('goal-target').fill('8888');
    await otherRow.getByTestId('goal-target').press('Enter');
    await expect
      .poll(() => pageA.getByTestId('goal-row').nth(4).getByTestId('goal-target').inputValue())
      .toMatch(/8,?888/);
    await pageA.waitForTimeout(1500);
    expect(await said()).toHaveLength(2);
  });

  it('[A11Y-13] a card moved away by someone else, and a thread they resolve, are announced without taking focus', async () => {
    const boardId = await suite.server.createBoard({ title: 'Plan 2027', reviewedYear: 2026 });
    const other = suite.connect(boardId);
    await other.synced;
    const cardId = addMeasure(other.doc, { text: 'Free shipping over 99', column: 'keep' });
    const page = await suite.open(ANA, boardId, 'measures', { ready: '[data-testid="measure-card"]' });
    const said = await listenToAnnouncer(page);

    await page.locator(`[data-measure-id="${cardId}"] [data-testid="measure-text"]`).focus();
    moveMeasure(other.doc, cardId, 'change', 0);
    await expect.poll(said, { timeout: 5000 }).toEqual([expect.stringMatching(/Free shipping over 99.*now in Change/)]);
    await page.locator(`[data-testid="measure-column"][data-column="change"] [data-measure-id="${cardId}"]`).waitFor();
    // Nothing else was given focus: it stayed on the card or, the card having left its column, on the page.
    expect(['measure-text', null]).toContain((await focusOf(page)).testId);

    // A thread on a goal, open in its details, with focus on its Resolve button: resolved by someone else.
    const goal = readBoard(other.doc).goals[0] as { id: string; label: string };
    const threadId = addThread(other.doc, {
      targetKind: 'goal',
      targetId: goal.id,
      text: 'Stock ran out for 618',
      author: 'Bo',
      authorId: 'bo',
      color: '#c2410c',
    });
    await page.goto(`${suite.server.url}/b/${boardId}/goals`);
    const row = page.locator(`[data-testid="goal-row"][data-goal-id="${goal.id}"]`);
    await row.getByTestId('goal-causes-toggle').click();
    const thread = page.locator(`[data-testid="comment-thread"][data-thread-id="${threadId}"]`);
    const saidOnGoals = await listenToAnnouncer(page);
    await thread.getByTestId('thread-resolve').focus();
    setThreadResolved(other.doc, threadId, true);
    await expect
      .poll(saidOnGoals, { timeout: 5000 })
      .toEqual([expect.stringMatching(/Stock ran out for 618.*Resolved/)]);
    expect((await focusOf(page)).testId).toBe('thread-reopen');
  });
});
