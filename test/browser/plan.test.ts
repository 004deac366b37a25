import { readBoard, updateGoal } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite } from '../support/browser-suite.ts';

describe('next year’s plan, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const salesRow = (page: Page) => page.locator('[data-testid="plan-goal"]').filter({ hasText: 'Sales' });

  it('[PLAN-16][PLAN-3][PLAN-6] the facilitator starts next year; a growth rate typed on one page moves the targets and the projection on the other', async () => {
    const reviewId = await suite.server.createBoard({ title: 'Review 2025 → plan 2026', reviewedYear: 2025 });
    const seed = suite.connect(reviewId);
    await seed.synced;
    const sales = readBoard(seed.doc).goals.find((goal) => goal.kind === 'sales');
    updateGoal(seed.doc, sales?.id as string, { target: 900_000, actual: 1_000_000 });
    await expect.poll(async () => (await suite.server.stored(reviewId)).goals[0]?.actual).toBe(1_000_000);

    // A, the review's facilitator, starts 2026 from the header and lands on the new board's plan.
    const pageA = await suite.open(ANA, reviewId, 'goals', { ready: '[data-testid="goal-row"]' });
    await pageA.getByTestId('next-year-open').click();
    await pageA.getByTestId('next-year-dialog').getByText('Comments, votes').waitFor();
    await pageA.getByTestId('next-year-confirm').click();
    await pageA.waitForURL(/\/b\/[^/]+\/plan$/);
    const planId = decodeURIComponent(new URL(pageA.url()).pathname.split('/')[2] ?? '');
    expect(planId).not.toBe(reviewId);
    await salesRow(pageA).waitFor();
    expect(await salesRow(pageA).getByTestId('plan-goal-lastYear').textContent()).toMatch(/1,000,000/);
    // Plan comes first in a plan board's rail, and the header leads back to the review.
    expect(await pageA.getByRole('navigation').getByRole('link').first().textContent()).toContain('Plan');
    await pageA.getByTestId('year-previous').waitFor();

    // B joins the plan with an editor link A's facilitator token makes.
    const tokens = JSON.parse((await pageA.evaluate(() => localStorage.getItem('balanza.tokens'))) ?? '{}');
    const linked = await suite.server.api(
      `/api/boards/${planId}/links`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'editor' }) },
      tokens[planId],
    );
    const { link } = (await linked.json()) as { link: { token: string } };
    const pageB = await suite.open(BO, planId, 'plan', { token: link.token, ready: '[data-testid="plan-goal"]' });
    await expect
      .poll(() => salesRow(pageB).getByTestId('plan-goal-source').getAttribute('data-source'))
      .toBe('suggested');
    expect(await salesRow(pageB).getByTestId('plan-goal-suggested').textContent()).toMatch(/1,000,000/);

    // A types +20 % for every goal: B's suggested sales target and planned turnover follow.
    await pageA.getByTestId('plan-growth').fill('20');
    await pageA.getByTestId('plan-growth').press('Enter');
    await expect.poll(() => salesRow(pageB).getByTestId('plan-goal-suggested').textContent()).toMatch(/1,200,000/);
    await expect.poll(() => pageB.getByTestId('plan-turnover').textContent()).toMatch(/1,200,000/);

    // B sets the sales target itself; A sees it set, and the projection follows the target.
    await salesRow(pageB).getByTestId('plan-goal-target').fill('1500000');
    await salesRow(pageB).getByTestId('plan-goal-target').press('Enter');
    await expect.poll(() => salesRow(pageA).getByTestId('plan-goal-source').getAttribute('data-source')).toBe('set');
    await expect.poll(() => pageA.getByTestId('plan-turnover').textContent()).toMatch(/1,500,000/);

    // The review now links to its plan, for everyone on it.
    await pageA.goto(`${suite.server.url}/b/${reviewId}/goals`);
    await pageA.getByTestId('year-next').waitFor();
    expect(await pageA.getByTestId('next-year-open').count()).toBe(0);
  });
});
