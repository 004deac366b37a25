import { addMeasure, readBoard } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite, type TestUser } from '../support/browser-suite.ts';

describe('two browsers on one board (Chromium)', () => {
  const suite = browserSuite();
  const openBoard = (user: TestUser, boardId: string) =>
    suite.open(user, boardId, '', { ready: '[data-testid="goal-row"]' });

  const rowLabelled = (page: Page, label: string) =>
    page
      .locator('[data-testid="goal-row"]')
      .filter({ has: page.locator(`[data-testid="goal-label"][value="${label}"]`) });

  it('[SYNC-2][SYNC-4] a goal typed in one page appears in the other, both avatars show, and a reload keeps it', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', shop: 'Tea House' });
    const pageA = await openBoard(ANA, boardId);
    const pageB = await openBoard(BO, boardId);

    // Presence: each page shows the other person.
    await pageA.locator('[data-testid="presence-avatar"][data-name="Bo"]').waitFor();
    await pageB.locator('[data-testid="presence-avatar"][data-name="Ana"]').waitFor();

    // A adds a goal and fills it in from the keyboard.
    const rowsBefore = await pageA.locator('[data-testid="goal-row"]').count();
    await pageA.getByTestId('add-goal').click();
    await expect.poll(() => pageA.locator('[data-testid="goal-row"]').count()).toBe(rowsBefore + 1);
    const newRow = pageA.locator('[data-testid="goal-row"]').last();
    await newRow.getByTestId('goal-label').fill('Conversion rate');
    await newRow.getByTestId('goal-label').press('Enter');
    await newRow.getByTestId('goal-target').fill('1200');
    await newRow.getByTestId('goal-target').press('Enter');
    await newRow.getByTestId('goal-actual').fill('900');
    await newRow.getByTestId('goal-actual').press('Enter');

    // B sees the goal, its figures, attainment and status live.
    const rowOnB = rowLabelled(pageB, 'Conversion rate');
    await rowOnB.waitFor();
    await expect.poll(() => rowOnB.getByTestId('goal-attainment').textContent()).toMatch(/75/);
    await expect.poll(() => rowOnB.getByTestId('goal-status').getAttribute('data-status')).toBe('missed');
    expect(await rowOnB.getByTestId('goal-target').inputValue()).toMatch(/1,?200/);

    // B edits the actual; A sees the status turn to hit.
    await rowOnB.getByTestId('goal-actual').fill('1300');
    await rowOnB.getByTestId('goal-actual').press('Enter');
    const rowOnA = rowLabelled(pageA, 'Conversion rate');
    await expect.poll(() => rowOnA.getByTestId('goal-status').getAttribute('data-status')).toBe('hit');

    // A non-number is refused with a message and not stored.
    await rowOnA.getByTestId('goal-target').fill('twelve');
    await rowOnA.getByTestId('goal-target').press('Enter');
    await expect.poll(() => rowOnA.getByTestId('goal-target').getAttribute('aria-invalid')).toBe('true');
    await rowOnA.getByTestId('goal-target').press('Escape');

    // A reload keeps everything, from the suite.server.
    await pageB.reload();
    await pageB.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    const reloaded = rowLabelled(pageB, 'Conversion rate');
    await reloaded.waitFor();
    await expect.poll(() => reloaded.getByTestId('goal-status').getAttribute('data-status')).toBe('hit');
    expect(await reloaded.getByTestId('goal-target').inputValue()).toMatch(/1,?200/);
    const snapshot = await suite.server.stored(boardId);
    expect(snapshot.goals.find((goal) => goal.label === 'Conversion rate')).toMatchObject({
      target: 1200,
      actual: 1300,
    });
  });

  it('[COMMENT-1][MEASURE-8][NUMBERS-3] a goal shows the measures that cite it and its own comment threads, live', async () => {
    const boardId = await suite.server.createBoard({ title: 'Why' });
    const seed = suite.connect(boardId);
    await seed.synced;
    const goal = readBoard(seed.doc).goals[0] as { id: string; label: string };
    addMeasure(seed.doc, { text: 'Bundle offers for returning buyers', column: 'add', goalIds: [goal.id] });
    const pageA = await openBoard(ANA, boardId);
    const pageB = await openBoard(BO, boardId);
    const detailsOf = async (page: Page) => {
      const row = rowLabelled(page, goal.label);
      await row.getByTestId('goal-causes-toggle').click();
      return page.getByTestId('goal-details');
    };
    const onA = await detailsOf(pageA);
    const onB = await detailsOf(pageB);
    await expect.poll(() => onA.getByTestId('linked-measures').textContent()).toContain('Bundle offers');

    await onB.getByTestId('comment-new-input').fill('Sales missed: the 618 stock ran out');
    await onB.getByTestId('comment-new-send').click();
    await expect
      .poll(() => onA.locator('[data-testid="comment-thread"]').allTextContents())
      .toEqual([expect.stringContaining('the 618 stock ran out')]);

    // [NUMBERS-3] The team's judgement, typed in A, is stored on blur and reaches B.
    const judgement = (page: Page) => page.getByTestId('goal-causes').getByLabel('What we will do');
    await judgement(pageA).fill('Order 618 stock a month earlier');
    await judgement(pageA).blur();
    await expect.poll(() => judgement(pageB).inputValue()).toBe('Order 618 stock a month earlier');
  });

  it('creates a board from the home page and lands on it', async () => {
    const page = await suite.newPage(ANA);
    await page.goto(suite.server.url);
    await page.getByTestId('new-board-title').fill('Plan 2027');
    await page.getByTestId('new-board-submit').click();
    await page.waitForURL(/\/b\/[a-z0-9]+/);
    await page.locator('[data-testid="goal-row"]').first().waitFor();
    expect(await page.locator('[data-testid="goal-row"]').count()).toBe(7);
    await page.goto(suite.server.url);
    await expect
      .poll(() =>
        page
          .getByTestId('board-link')
          .filter({ has: page.getByText('Plan 2027', { exact: true }) })
          .count(),
      )
      .toBe(1);
  });
});
