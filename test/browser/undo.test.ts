import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite, type TestUser } from '../support/browser-suite.ts';

describe('per-user undo in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const open = (user: TestUser, boardId: string) =>
    suite.open(user, boardId, '', { ready: '[data-testid="goal-row"]' });
  const actual = (page: Page, row: number) =>
    page.locator('[data-testid="goal-row"]').nth(row).getByTestId('goal-actual');
  async function type(page: Page, row: number, value: string) {
    await actual(page, row).fill(value);
    await actual(page, row).press('Enter');
  }

  it('[UNDO-1][UNDO-3] Ctrl+Z after Enter undoes my stored value only; the colleague’s edit in the same table stays', async () => {
    const boardId = await suite.server.createBoard({ title: 'Undo' });
    const pageA = await open(ANA, boardId);
    const pageB = await open(BO, boardId);
    const before = await actual(pageB, 0).inputValue();

    await type(pageA, 0, '111');
    await type(pageB, 1, '222');
    await expect.poll(() => actual(pageB, 0).inputValue()).toContain('111');
    await expect.poll(() => actual(pageA, 1).inputValue()).toContain('222');

    // Enter moved the focus to the next row's cell, with nothing typed in it: Ctrl+Z is the board's undo.
    await pageA.keyboard.press('Control+z');
    await expect.poll(() => actual(pageB, 0).inputValue()).toBe(before);
    expect(await actual(pageA, 0).inputValue()).toBe(before);
    expect(await actual(pageB, 1).inputValue()).toContain('222');
    expect(await actual(pageA, 1).inputValue()).toContain('222');

    // B has nothing of A's to undo: its undo takes back its own edit only.
    await pageB.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => actual(pageA, 1).inputValue()).not.toContain('222');

    // Redo from the button brings A's value back for everyone.
    await pageA.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => actual(pageB, 0).inputValue()).toContain('111');
  });
});
