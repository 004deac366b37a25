import { planMetrics, scenarioAdoption } from '@balanza/metrics';
import {
  addLedgerLine,
  addMeasure,
  addScenario,
  adoptScenario,
  readBoard,
  setEventBudget,
  setGoalMonth,
  setLineBudget,
  setPlanItem,
  setScenarioAssumption,
  updateEvent,
  updateGoal,
  updateLedgerLine,
} from '@balanza/model';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditAccessibility } from '../support/accessibility.ts';
import { ANA, type BrowserSuite, browserSuite } from '../support/browser-suite.ts';
import { waitForValue } from '../support/clients.ts';

const PHONE = { width: 390, height: 844 };
/** A4's printable width at 96 dpi with the report's page margins (210 mm − 2 × 12 mm). */
const A4_PRINT_WIDTH = 703;
const PLAN_PARTS = [
  'Targets',
  'Targets by month',
  'Budgets',
  'Campaign calendar and budgets',
  'Scenarios',
  'Plan items',
  'The year against the plan',
];
const SCENARIO = 'Push Double 11';
const ITEM = 'Keep the live streams on Double 11';
/** A whole amount as the page groups it (the money format adds its own symbol around it). */
const grouped = (amount: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(amount);
/** Money as the page shows it: the currency's symbol, the amount grouped, decimals only when there are any. */
const money = (amount: number) => new RegExp(`^(CN)?¥${grouped(amount).replaceAll('.', '\\.')}(\\.00)?$`);

/**
 * A review of 2025 (sales 1,200,000, Double 11 300,000 on 30,000 of spend, marketing 100,000, a kept measure),
 * "Start next year", then the plan of 2026 as people fill it: a scenario adopted, June typed as 150,000, the
 * marketing budget, Double 11's budget and planned GMV, the item's owner quarter and status, January's actual.
 */
async function planBoard(suite: BrowserSuite): Promise<string> {
  const reviewId = await suite.server.createBoard({ title: 'Review 2025 → plan 2026', reviewedYear: 2025 });
  const seed = suite.connect(reviewId);
  await seed.synced;
  const review = readBoard(seed.doc);
  const sales = review.goals.find((goal) => goal.kind === 'sales');
  updateGoal(seed.doc, sales?.id as string, { target: 1_000_000, actual: 1_200_000 });
  for (const line of review.ledger) {
    if (line.category === 'marketing') updateLedgerLine(seed.doc, line.id, { amount: 100_000 });
    if (line.category === 'turnover') updateLedgerLine(seed.doc, line.id, { amount: 1_200_000 });
  }
  const double11 = review.events.find((event) => event.campaign === 'double11');
  updateEvent(seed.doc, double11?.id as string, { actualGmv: 300_000, spend: 30_000, verdict: 'highlight' });
  addMeasure(seed.doc, { text: ITEM, column: 'keep', owner: 'Ana' });
  await waitForValue(
    () => suite.server.stored(reviewId),
    (board) => board.measures.length === 1,
    'the review to reach the server',
  );
  const planId = await suite.server.nextYear(reviewId);

  const writer = suite.connect(planId);
  await writer.synced;
  const plan = readBoard(writer.doc);
  const scenario = addScenario(writer.doc, SCENARIO);
  setScenarioAssumption(writer.doc, scenario, { kind: 'growth', value: 0.2 });
  const adoption = scenarioAdoption(readBoard(writer.doc), scenario);
  if (!adoption) throw new Error('the scenario cannot be adopted');
  adoptScenario(writer.doc, scenario, adoption);
  const planSales = plan.goals.find((goal) => goal.kind === 'sales')?.id as string;
  setGoalMonth(writer.doc, planSales, 6, 150_000, planMetrics(readBoard(writer.doc)).salesMonths?.months);
  const marketing = plan.ledger.find((line) => line.category === 'marketing')?.id as string;
  setLineBudget(writer.doc, marketing, 130_000);
  const planDouble11 = plan.events.find((event) => event.campaign === 'double11')?.id as string;
  setEventBudget(writer.doc, planDouble11, 40_000);
  updateEvent(writer.doc, planDouble11, { targetGmv: 480_000 });
  setPlanItem(writer.doc, plan.measures[0]?.id as string, { status: 'in-progress', dueQuarter: 2 });
  addLedgerLine(writer.doc, { side: 'output', category: 'turnover', label: 'January', month: 1, amount: 80_000 });
  await waitForValue(
    () => suite.server.stored(planId),
    (board) => board.ledger.some((line) => line.amount === 80_000),
    'the plan to reach the server',
  );
  return planId;
}

/** Elements whose right edge passes the viewport's (at most 10, named). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
  });

describe('the report of a plan board (Chromium)', () => {
  const suite = browserSuite();
  let planId: string;
  /** The year total of the sales goal (grouped), as @balanza/metrics computes it from the stored board. */
  let salesYear: string;

  beforeAll(async () => {
    planId = await planBoard(suite);
    const stored = await suite.server.stored(planId);
    salesYear = grouped(planMetrics(stored).salesMonths?.total ?? Number.NaN);
  });

  const openReport = () => suite.open(ANA, planId, 'report', { ready: '[data-testid="report-plan-tracking"]' });
  const monthCell = (page: Page, month: string) =>
    page
      .locator('[data-testid="report-plan-month"]')
      .filter({ has: page.locator('th', { hasText: month }) })
      .getByTestId('report-plan-month-value')
      .first();

  it('[REPORT-7][REPORT-6][REPORT-2] printed, the plan chapter has every part: months with the year, budgets, campaigns, scenarios, items and tracking, with formulas and no cut table', async () => {
    const page = await openReport();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });
    const chapter = page.getByTestId('report-plan');
    expect(await chapter.locator('.report-part > h3').allTextContents()).toEqual(PLAN_PARTS);

    // The known figures: June as typed, November by last year's season, the year the sum of the months.
    expect(await monthCell(page, 'June').textContent()).toMatch(money(150_000));
    expect(
      await page
        .locator('[data-testid="report-plan-month"][data-month="year"] [data-testid="report-plan-month-value"]')
        .first()
        .textContent(),
    ).toMatch(money(Number(salesYear.replaceAll(',', ''))));
    const marketing = page.getByTestId('report-plan-budget').filter({ hasText: 'Marketing' });
    expect(await marketing.getByTestId('report-plan-budget-value').textContent()).toMatch(money(130_000));
    const double11 = page.getByTestId('report-plan-campaign').filter({ hasText: 'Double 11' });
    expect(await double11.getByTestId('report-plan-campaign-roas').textContent()).toMatch(/^12(\.0+)?×$/);
    expect(await double11.textContent()).toMatch(/Highlight/);
    expect(await page.getByTestId('report-plan-scenario-name').textContent()).toBe(`${SCENARIO} ✓ Adopted`);
    const item = page.getByTestId('report-plan-item').filter({ hasText: ITEM });
    expect(await item.textContent()).toMatch(/Ana.*2026-Q2.*In progress/);
    const january = page.locator('[data-testid="report-plan-tracking-month"][data-month="1"]');
    expect(await january.textContent()).toContain(grouped(80_000));
    const formulas = await chapter.getByTestId('report-formulas').allTextContents();
    expect(formulas.join('\n')).toContain('Planned ROAS = planned GMV ÷ budget');

    // Print-clean: no control, no table wider than the page.
    expect(await page.locator('button:visible, input:visible, select:visible, textarea:visible').count()).toBe(0);
    const widest = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('.report-table')).map((t) => t.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(A4_PRINT_WIDTH);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    expect(text.some((pageText) => pageText.trimStart().startsWith('Plan 2026'))).toBe(true);
    const all = text.join('\n');
    for (const words of [...PLAN_PARTS, grouped(150_000), salesYear, SCENARIO, ITEM]) expect(all).toContain(words);
  }, 90_000);

  it('[REPORT-7][REPORT-3][REPORT-4] at 390×844 the plan chapter is cards, nothing wider than the phone, and a month typed elsewhere shows live', async () => {
    const page = await openReport();
    await page.setViewportSize(PHONE);
    await page.getByTestId('report-plan-scenarios-table').waitFor();
    const layout = await overflowing(page);
    expect(layout.wide).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(await page.locator('[data-testid="report-plan-months-table"] thead').first().isVisible()).toBe(false);
    const label = await monthCell(page, 'June').evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toBe('"Sales"');

    // A month typed on another device shows in the report without a reload.
    const writer = suite.connect(planId);
    await writer.synced;
    const sales = readBoard(writer.doc).goals.find((goal) => goal.kind === 'sales')?.id as string;
    setGoalMonth(writer.doc, sales, 6, 160_000);
    await expect.poll(() => monthCell(page, 'June').textContent()).toMatch(money(160_000));
  }, 90_000);

  it('[REPORT-7][I18N-1][A11Y-1] in 中文 the plan chapter speaks Chinese, the board’s figures unchanged, and meets no serious accessibility violation', async () => {
    const page = await suite.open(ANA, planId, 'goals', { ready: '[data-testid="goal-row"]' });
    await page.getByLabel('Language', { exact: true }).selectOption({ label: '中文' });
    await page.goto(`${suite.server.url}/b/${planId}/report`);
    await page.getByTestId('report-plan-tracking').waitFor();
    const parts = await page.getByTestId('report-plan').locator('.report-part > h3').allTextContents();
    expect(parts).toEqual(expect.arrayContaining(['月度目标', '预算', '活动日历与预算', '计划事项', '全年对比计划']));
    expect(parts).toHaveLength(PLAN_PARTS.length);
    expect(await page.getByTestId('report-plan-scenario-name').textContent()).toBe(`${SCENARIO} ✓ 已采纳`);
    // The figures are the board's, in its own locale and currency: June as stored.
    const june = (await suite.server.stored(planId)).goals.find((goal) => goal.kind === 'sales')?.months?.['6'];
    const juneCell = page.locator(
      '[data-testid="report-plan-month"][data-month="6"] [data-testid="report-plan-month-value"]',
    );
    expect(await juneCell.first().textContent()).toMatch(money(june ?? Number.NaN));
    expect(await auditAccessibility(page)).toEqual([]);
  }, 90_000);
});
