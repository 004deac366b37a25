import { nextYearResponse } from '@balanza/api';
import { type BoardSnapshot, readBoard, updateGoal } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite } from '../support/browser-suite.ts';

describe('the plan’s what-if scenarios, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const salesRow = (page: Page) => page.locator('[data-testid="plan-goal"]').filter({ hasText: 'Sales' });

  /** A plan board for 2026 made through the API from a review whose sales were 1,000,000 last year. */
  async function planBoard(): Promise<{ planId: string; token: string }> {
    const reviewId = await suite.server.createBoard({ title: 'Scenarios 2025 → 2026', reviewedYear: 2025 });
    const seed = suite.connect(reviewId);
    await seed.synced;
    const sales = readBoard(seed.doc).goals.find((goal) => goal.kind === 'sales');
    updateGoal(seed.doc, sales?.id as string, { actual: 1_000_000 });
    await expect.poll(async () => (await suite.server.stored(reviewId)).goals[0]?.actual).toBe(1_000_000);
    const answer = await suite.server.api(
      `/api/boards/${reviewId}/next-year`,
      { method: 'POST' },
      suite.server.tokenOf(reviewId),
    );
    expect(answer.status).toBe(201);
    const made = nextYearResponse.parse(await answer.json());
    return { planId: made.id, token: made.token };
  }

  it('[PLAN-9][PLAN-10] A adds a scenario and sets its growth, B sees its GMV; Adopt moves B’s plan to it, one undo moves it back; “abc” is refused at the field', async () => {
    const { planId, token } = await planBoard();
    const pageA = await suite.open(ANA, planId, 'plan', { token, ready: '[data-testid="scenario-empty"]' });
    const linked = await suite.server.api(
      `/api/boards/${planId}/links`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'editor' }) },
      token,
    );
    const { link } = (await linked.json()) as { link: { token: string } };
    const pageB = await suite.open(BO, planId, 'plan', { token: link.token, ready: '[data-testid="scenario-empty"]' });
    await expect.poll(() => pageB.getByTestId('plan-turnover').textContent()).toMatch(/1,000,000/);

    // A names and adds a scenario: B gets its column, projected at the plan's growth (0 %) until it has its own.
    await pageA.getByTestId('scenario-name-input').fill('push 618');
    await pageA.getByTestId('scenario-add').click();
    await expect.poll(() => pageB.getByTestId('scenario-name').inputValue()).toBe('push 618');
    await expect.poll(() => pageB.getByTestId('scenario-gmv').textContent()).toMatch(/1,000,000/);

    // Text that is not a number is refused at the field, and nothing is stored: A's next edit (a ROAS)
    // reaches B, and the growth it sent nothing for is still blank there and on the server.
    const growthA = pageA.getByTestId('scenario-growth');
    await growthA.fill('abc');
    await growthA.press('Enter');
    const error = pageA.getByTestId('scenario-assumptions').locator('.cell-error-message');
    await expect.poll(() => error.textContent()).toMatch(/“abc” is not a number.*Nothing was saved/);
    expect(await growthA.getAttribute('aria-invalid')).toBe('true');
    await growthA.press('Escape');
    await pageA.getByTestId('scenario-roas').fill('4');
    await pageA.getByTestId('scenario-roas').press('Enter');
    await expect.poll(() => pageB.getByTestId('scenario-roas').inputValue()).toBe('4×');
    expect(await pageB.getByTestId('scenario-growth').inputValue()).toBe('');
    const stored = await suite.server.api(`/api/boards/${planId}`, {}, token);
    const { snapshot } = (await stored.json()) as { snapshot: BoardSnapshot };
    expect(snapshot.scenarios[0]).toMatchObject({ name: 'push 618', growth: null, roas: 4 });

    // A sets +30 %: B reads the scenario's projected GMV, with the formula it used one hover away.
    await growthA.fill('30');
    await growthA.press('Enter');
    await expect.poll(() => pageB.getByTestId('scenario-gmv').textContent()).toMatch(/1,300,000/);
    expect(await pageB.getByTestId('scenario-gmv').getAttribute('title')).toMatch(/base GMV \+ campaign GMV/);
    expect(await pageB.getByTestId('plan-turnover').textContent()).toMatch(/1,000,000/);

    // A adopts it: B's planned turnover and sales target become the scenario's GMV, the column is marked.
    await pageA.getByTestId('scenario-adopt').click();
    await expect.poll(() => pageB.getByTestId('plan-turnover').textContent()).toMatch(/1,300,000/);
    await expect.poll(() => salesRow(pageB).getByTestId('plan-goal-target').inputValue()).toMatch(/1,300,000/);
    await expect.poll(() => pageB.getByTestId('scenario-adopted').textContent()).toBe('Adopted');
    expect(await pageA.getByTestId('scenario-status').textContent()).toMatch(/Adopted “push 618”.*Ctrl\+Z/);

    // One undo in A's top bar takes the whole adoption back, for B too; the scenario itself stays.
    await pageA.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => pageB.getByTestId('plan-turnover').textContent()).toMatch(/1,000,000/);
    await expect.poll(() => pageB.getByTestId('scenario-adopted').count()).toBe(0);
    expect(await salesRow(pageB).getByTestId('plan-goal-target').inputValue()).not.toMatch(/1,300,000/);
    expect(await pageB.getByTestId('scenario-gmv').textContent()).toMatch(/1,300,000/);
    expect(await pageA.getByTestId('scenario-status').textContent()).toBe('');
  });
});
