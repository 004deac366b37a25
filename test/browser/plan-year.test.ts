import { addLedgerLine, addMeasure, readBoard, updateEvent, updateGoal, updateLedgerLine } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, type BrowserSuite, browserSuite } from '../support/browser-suite.ts';

/**
 * A review of 2025 with figures to plan from — sales of 1,200,000 of which 200,000 in June and 400,000 in
 * November (monthly lines), marketing 120,000, Double 11 with GMV 500,000 on 50,000 of spend, a kept measure —
 * and the plan board of 2026 started from it. Returns the plan board's id and an editor token for it.
 */
async function planFromReview(suite: BrowserSuite): Promise<{ planId: string; editorToken: string }> {
  const reviewId = await suite.server.createBoard({ title: 'Review 2025 → plan 2026', reviewedYear: 2025 });
  const seed = suite.connect(reviewId);
  await seed.synced;
  const board = readBoard(seed.doc);
  const sales = board.goals.find((goal) => goal.kind === 'sales');
  updateGoal(seed.doc, sales?.id as string, { target: 1_000_000, actual: 1_200_000 });
  for (const line of board.ledger) {
    if (line.category === 'marketing') updateLedgerLine(seed.doc, line.id, { amount: 120_000 });
    if (line.category === 'turnover') updateLedgerLine(seed.doc, line.id, { amount: 600_000 });
  }
  addLedgerLine(seed.doc, { side: 'output', category: 'turnover', label: 'June', month: 6, amount: 200_000 });
  addLedgerLine(seed.doc, { side: 'output', category: 'turnover', label: 'November', month: 11, amount: 400_000 });
  const double11 = board.events.find((event) => event.campaign === 'double11');
  updateEvent(seed.doc, double11?.id as string, { actualGmv: 500_000, spend: 50_000, verdict: 'highlight' });
  addMeasure(seed.doc, { text: 'Keep the live streams on Double 11', column: 'keep' });
  await expect.poll(async () => (await suite.server.stored(reviewId)).measures.length).toBe(1);
  const planId = await suite.server.nextYear(reviewId);
  const editorToken = (await suite.server.share(planId, 'editor')).token;
  return { planId, editorToken };
}

const monthCell = (page: Page, goal: string, month: number) =>
  page
    .locator('[data-testid="plan-month-row"]')
    .filter({ hasText: goal })
    .getByTestId('plan-month')
    .nth(month - 1);
const monthRow = (page: Page, goal: string) => page.locator('[data-testid="plan-month-row"]').filter({ hasText: goal });

/** Types into a grid cell and stores it with Enter. */
async function type(cell: ReturnType<Page['locator']>, text: string) {
  await cell.fill(text);
  await cell.press('Enter');
}

describe('the plan year, live in two browsers (Chromium)', () => {
  const suite = browserSuite();

  it('[PLAN-4][PLAN-5] the sales target splits by last year’s season; a month typed on one page and a total on the other keep the year the sum of its months', async () => {
    const { planId, editorToken } = await planFromReview(suite);
    const ready = { ready: '[data-testid="plan-month-row"]' };
    const pageA = await suite.open(ANA, planId, 'plan', ready);
    const pageB = await suite.open(BO, planId, 'plan', { token: editorToken, ...ready });

    // The profile comes from last year's monthly lines: June 1/3 and November 2/3 of 1,200,000.
    expect(await pageA.getByTestId('plan-profile').getAttribute('data-source')).toBe('ledger');
    expect(await monthCell(pageA, 'Sales', 6).inputValue()).toMatch(/400,000/);
    expect(await monthCell(pageA, 'Sales', 11).inputValue()).toMatch(/800,000/);
    expect(await monthCell(pageA, 'Sales', 11).getAttribute('data-derived')).toBe('true');

    // A types January: all twelve are stored as seen, the year becomes their sum, on B too.
    await type(monthCell(pageA, 'Sales', 1), '100000');
    await expect
      .poll(() => monthRow(pageB, 'Sales').getByTestId('plan-month-total').textContent())
      .toMatch(/1,300,000/);
    expect(await monthCell(pageB, 'Sales', 1).inputValue()).toMatch(/100,000/);
    expect(await monthCell(pageB, 'Sales', 11).getAttribute('data-derived')).toBeNull();
    expect(await monthRow(pageB, 'Sales').getByTestId('plan-quarter').first().textContent()).toMatch(/100,000/);
    const salesTarget = pageB.locator('[data-testid="plan-goal"]').filter({ hasText: 'Sales' });
    expect(await salesTarget.getByTestId('plan-goal-source').getAttribute('data-source')).toBe('months');

    // B types the year total: the months rescale in proportion and still add up, on A.
    await type(salesTarget.getByTestId('plan-goal-target'), '2600000');
    await expect.poll(() => monthCell(pageA, 'Sales', 11).inputValue()).toMatch(/1,600,000/);
    // (A's focus may still be on January, shown in its editable form.)
    expect(await monthCell(pageA, 'Sales', 1).inputValue()).toMatch(/200,?000/);
    expect(await monthRow(pageA, 'Sales').getByTestId('plan-month-total').textContent()).toMatch(/2,600,000/);
    const stored = (await suite.server.stored(planId)).goals.find((goal) => goal.kind === 'sales');
    expect(Object.values(stored?.months ?? {}).reduce((sum, value) => sum + value, 0)).toBe(2_600_000);
  });

  it('[PLAN-6][PLAN-7][PLAN-8][PLAN-13][PLAN-17][PLAN-18] budgets follow the growth until set, campaigns plan from last year, items carry owners and status, actuals are tracked against the plan', async () => {
    const { planId, editorToken } = await planFromReview(suite);
    const ready = { ready: '[data-testid="plan-budget-row"]' };
    const pageA = await suite.open(ANA, planId, 'plan', ready);
    const pageB = await suite.open(BO, planId, 'plan', { token: editorToken, ...ready });
    const marketing = (page: Page) =>
      page.locator('[data-testid="plan-budget-row"]').filter({ hasText: 'Marketing' }).getByTestId('plan-budget');

    // Marketing was 10 % of last year's turnover: its suggested budget follows the growth A types.
    expect(await marketing(pageB).inputValue()).toMatch(/120,000/);
    expect(await marketing(pageB).getAttribute('data-derived')).toBe('true');
    await type(pageA.getByTestId('plan-growth'), '50');
    await expect.poll(() => marketing(pageB).inputValue()).toMatch(/180,000/);

    // A negative budget is refused at the field; a good one is set and moves A's planned input.
    const inputBefore = await pageA.getByTestId('plan-input').textContent();
    await marketing(pageB).fill('-5');
    await marketing(pageB).press('Enter');
    await pageB.getByText('It cannot be below').waitFor();
    await marketing(pageB).press('Escape');
    await type(marketing(pageB), '150000');
    await expect.poll(() => marketing(pageA).getAttribute('data-derived')).toBeNull();
    expect(await marketing(pageA).inputValue()).toMatch(/150,000/);
    expect(await pageA.getByTestId('plan-input').textContent()).not.toBe(inputBefore);

    // Double 11 rolled forward with last year's figures; a planned GMV and budget give its planned ROAS.
    const double11 = (page: Page) => page.locator('[data-testid="plan-campaign"]').filter({ hasText: 'Double 11' });
    expect(await double11(pageB).textContent()).toMatch(/500,000.*50,000.*10×.*Highlight/);
    expect(await double11(pageB).getByTestId('plan-campaign-budget').getAttribute('data-derived')).toBe('true');
    await type(double11(pageA).getByTestId('plan-campaign-gmv'), '600000');
    await type(double11(pageA).getByTestId('plan-campaign-budget'), '40000');
    await expect.poll(() => double11(pageB).textContent()).toMatch(/15×/);

    // The kept measure is a plan item: B gives it an owner, a quarter and a status; A sees them.
    const item = (page: Page) => page.locator('[data-testid="plan-item"]').filter({ hasText: 'live streams' });
    await type(item(pageB).getByTestId('plan-item-owner'), 'Lin');
    await item(pageB).getByRole('combobox', { name: /^Due/ }).selectOption('4');
    await item(pageB)
      .getByRole('combobox', { name: /^Status/ })
      .selectOption('in-progress');
    await expect.poll(() => item(pageA).getAttribute('data-status')).toBe('in-progress');
    expect(await item(pageA).getByTestId('plan-item-owner').inputValue()).toBe('Lin');
    expect(await item(pageA).getByRole('combobox', { name: /^Due/ }).inputValue()).toBe('4');
    expect((await suite.server.stored(planId)).measures[0]?.due).toBe('2026-Q4');

    // A month's actual turnover, entered as a monthly line, is tracked against that month's plan.
    const plan = suite.connect(planId);
    await plan.synced;
    const june = readBoard(plan.doc).ledger.find((line) => line.month === 6);
    updateLedgerLine(plan.doc, june?.id as string, { amount: 660_000 });
    const juneRow = pageA.locator('[data-testid="plan-tracking-month"][data-month="6"]');
    await expect.poll(() => juneRow.getByTestId('plan-tracking-actual').textContent()).toMatch(/660,000/);
    // June was planned at 1/3 of 1,800,000 (growth 50 %): 600,000, so +60,000 and 110 % to date.
    expect(await juneRow.getByTestId('plan-tracking-variance').textContent()).toMatch(/\+.*60,000/);
    expect(await pageA.getByTestId('plan-cumulative').textContent()).toMatch(/110/);
    expect(await pageA.getByTestId('plan-forecast').textContent()).toMatch(/1,980,000/);
  });
});
