import { readBoard, updateGoal } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite } from '../support/browser-suite.ts';
import { waitForValue } from '../support/clients.ts';

describe('the numbers of the year, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const ready = (testId: string) => ({ ready: `[data-testid="${testId}"]` });
  /** A new board: Ana holds its facilitator token, Bo an editor share link. */
  async function newBoard() {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const { token } = await suite.server.share(boardId, 'editor');
    return { boardId, token };
  }
  const type = async (page: Page, row: number, field: string, text: string) => {
    const cell = page.getByTestId('goal-row').nth(row).getByTestId(`goal-${field}`);
    await cell.fill(text);
    await cell.press('Enter');
  };
  const goalsFromServer = async (boardId: string) => (await suite.server.stored(boardId)).goals;

  it('[NUMBERS-1][METRICS-3][DASH-1] one page fills target and actual; the other sees the chart, deviation and verdict change', async () => {
    const { boardId, token } = await newBoard();
    const pageA = await suite.open(ANA, boardId, 'goals', ready('goal-row'));
    const pageB = await suite.open(BO, boardId, 'dashboard', { token, ...ready('attainment-label') });
    const salesBar = pageB.getByTestId('attainment-label').first();
    expect(await salesBar.textContent()).toMatch(/not filled/);

    await type(pageA, 0, 'target', '1000');
    await type(pageA, 0, 'actual', '750');
    // B's dashboard chart changes live: a ✗ and 75 % on the Sales bar, one goal missed.
    await expect.poll(() => salesBar.textContent()).toMatch(/✗\s*75\s*%/);
    await expect.poll(() => pageB.getByTestId('dashboard-summary').textContent()).toMatch(/1\s*Missed/);

    // B goes to the goals: the deviation and the verdict are there, and follow A's next edit live.
    await pageB.locator('.rail-link', { hasText: 'Goals' }).click();
    const rowOnB = pageB.getByTestId('goal-row').first();
    await rowOnB.waitFor();
    expect(await rowOnB.getByTestId('goal-deviation').textContent()).toMatch(/-¥250/);
    expect(await rowOnB.getByTestId('goal-status').getAttribute('data-status')).toBe('missed');
    await type(pageA, 0, 'actual', '1100');
    await expect.poll(() => rowOnB.getByTestId('goal-status').getAttribute('data-status')).toBe('hit');
    await expect.poll(() => rowOnB.getByTestId('goal-deviation').textContent()).toMatch(/\+¥100/);
    await expect.poll(() => pageB.getByTestId('goals-summary-hit').getAttribute('data-count')).toBe('1');
  });

  it('[NUMBERS-1] a non-number shows a clear inline error and is not stored', async () => {
    const { boardId, token } = await newBoard();
    // A target is already stored, so "not stored" means the number stays, not that nothing was there.
    const seed = suite.connect(boardId);
    await seed.synced;
    updateGoal(seed.doc, readBoard(seed.doc).goals[0]?.id as string, { target: 1000 });
    await waitForValue(
      () => goalsFromServer(boardId),
      (goals) => goals[0]?.target === 1000,
      'the seeded target on the server',
    );
    const page = await suite.open(BO, boardId, 'goals', { token, ...ready('goal-row') });
    const before = (await goalsFromServer(boardId))[0]?.target;
    const target = page.getByTestId('goal-row').first().getByTestId('goal-target');
    await target.fill('twelve');
    await target.press('Enter');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    const message = page.getByRole('alert').filter({ hasText: 'is not a number' });
    expect(await message.textContent()).toMatch(/“twelve” is not a number.*Nothing was saved/);
    await target.press('Escape');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBeNull();
    expect((await goalsFromServer(boardId))[0]?.target).toBe(before);
    expect(before).toBe(1000); // what this test stored first
  });

  it('[NUMBERS-2] two people editing different cells of one row keep both values', async () => {
    const { boardId, pageA, pageB } = await suite.pair('goals', '[data-testid="goal-row"]');
    // Both type at once in the second goal's row; neither edit overwrites the other.
    const a = pageA.getByTestId('goal-row').nth(1).getByTestId('goal-lastYear');
    const b = pageB.getByTestId('goal-row').nth(1).getByTestId('goal-target');
    await a.fill('300');
    await b.fill('500');
    await Promise.all([a.press('Enter'), b.press('Enter')]);
    await expect.poll(async () => (await goalsFromServer(boardId))[1]).toMatchObject({ target: 500, lastYear: 300 });
    for (const page of [pageA, pageB]) {
      const row = page.getByTestId('goal-row').nth(1);
      await expect.poll(() => row.getByTestId('goal-target').inputValue()).toMatch(/500/);
      await expect.poll(() => row.getByTestId('goal-lastYear').inputValue()).toMatch(/300/);
    }
  });
});
