import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite } from '../support/browser-suite.ts';

describe('input and output, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const LEDGER = { ready: '[data-testid="ledger-row"]' };
  const costRow = (page: Page, label: string) =>
    page
      .getByTestId('ledger-input')
      .locator('[data-testid="ledger-row"]')
      .filter({ has: page.locator(`[data-testid="ledger-label"][value="${label}"]`) });

  it('[LEDGER-1][LEDGER-4][NUMBERS-1] a cost typed in A, then given a month, updates the total input and the period in B', async () => {
    const boardId = await suite.server.createBoard({ title: 'Costs', reviewedYear: 2026, currency: 'EUR' });
    const pageA = await suite.open(ANA, boardId, 'ledger', LEDGER);
    const pageB = await suite.open(BO, boardId, 'ledger', LEDGER);
    const labour = (page: Page) => costRow(page, 'Labour');

    await labour(pageA).getByTestId('ledger-amount').fill('1200');
    await labour(pageA).getByTestId('ledger-amount').press('Enter');
    await expect.poll(() => pageB.getByTestId('total-input').textContent()).toMatch(/1,?200/);

    // A line can be one month's figure instead of the whole year's; the year adds them up.
    await labour(pageA)
      .getByLabel(/^Period/)
      .selectOption({ label: 'March' });
    await expect
      .poll(() =>
        labour(pageB)
          .getByLabel(/^Period/)
          .evaluate((select) => (select as HTMLSelectElement).value),
      )
      .toBe('3');
    expect(await pageB.getByTestId('total-input').textContent()).toMatch(/1,?200/);
  });
});
