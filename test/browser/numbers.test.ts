import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser.ts';
import { TEST_CLIENT_DIST } from '../support/build-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ANA = { name: 'Ana', color: '#2f6fdf' };
const BO = { name: 'Bo', color: '#c2410c' };

describe('the numbers of the year, live in two browsers (Chromium)', () => {
  let server: TestServer;
  let chromium: TestBrowser;
  let boardId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clientDist: TEST_CLIENT_DIST });
    chromium = await launchBrowser();
    boardId = await server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    // Open to editors without a link, as the timeline test does, while the client's token handling lands.
    server.server.access.setPublic(boardId, 'editor');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.dispose();
  });

  async function open(user: typeof ANA, section: string, ready: string): Promise<Page> {
    const context = await chromium.newUser(user);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/b/${boardId}/${section}`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.locator(`[data-testid="${ready}"]`).first().waitFor();
    return page;
  }
  const type = async (page: Page, row: number, field: string, text: string) => {
    const cell = page.getByTestId('goal-row').nth(row).getByTestId(`goal-${field}`);
    await cell.fill(text);
    await cell.press('Enter');
  };
  const goalsFromServer = async () => (await server.stored(boardId)).goals;

  it('[NUMBERS-1][METRICS-3][DASH-1] one page fills target and actual; the other sees the chart, deviation and verdict change', async () => {
    const pageA = await open(ANA, 'goals', 'goal-row');
    const pageB = await open(BO, 'dashboard', 'attainment-label');
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
    const page = await open(BO, 'goals', 'goal-row');
    const before = (await goalsFromServer())[0]?.target;
    const target = page.getByTestId('goal-row').first().getByTestId('goal-target');
    await target.fill('twelve');
    await target.press('Enter');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    const message = page.getByRole('alert').filter({ hasText: 'is not a number' });
    expect(await message.textContent()).toMatch(/“twelve” is not a number.*Nothing was saved/);
    await target.press('Escape');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBeNull();
    expect((await goalsFromServer())[0]?.target).toBe(before);
    expect(before).toBe(1000); // what the first test stored
  });

  it('[NUMBERS-2] two people editing different cells of one row keep both values', async () => {
    const pageA = await open(ANA, 'goals', 'goal-row');
    const pageB = await open(BO, 'goals', 'goal-row');
    // Both type at once in the second goal's row; neither edit overwrites the other.
    const a = pageA.getByTestId('goal-row').nth(1).getByTestId('goal-lastYear');
    const b = pageB.getByTestId('goal-row').nth(1).getByTestId('goal-target');
    await a.fill('300');
    await b.fill('500');
    await Promise.all([a.press('Enter'), b.press('Enter')]);
    await expect.poll(async () => (await goalsFromServer())[1]).toMatchObject({ target: 500, lastYear: 300 });
    for (const page of [pageA, pageB]) {
      const row = page.getByTestId('goal-row').nth(1);
      await expect.poll(() => row.getByTestId('goal-target').inputValue()).toMatch(/500/);
      await expect.poll(() => row.getByTestId('goal-lastYear').inputValue()).toMatch(/300/);
    }
  });
});
