import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser.ts';
import { TEST_CLIENT_DIST } from '../support/build-client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const ANA = { name: 'Ana', color: '#2f6fdf' };
const BO = { name: 'Bo', color: '#c2410c' };

describe('per-user undo in two browsers (Chromium)', () => {
  let server: TestServer;
  let chromium: TestBrowser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ clientDist: TEST_CLIENT_DIST });
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.dispose();
  });

  async function open(user: typeof ANA, boardId: string): Promise<Page> {
    const context = await chromium.newUser(user);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/b/${boardId}`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.locator('[data-testid="goal-row"]').first().waitFor();
    return page;
  }
  const actual = (page: Page, row: number) =>
    page.locator('[data-testid="goal-row"]').nth(row).getByTestId('goal-actual');
  async function type(page: Page, row: number, value: string) {
    await actual(page, row).fill(value);
    await actual(page, row).press('Enter');
  }

  it('[UNDO-1][UNDO-3] Ctrl+Z after Enter undoes my stored value only; the colleague’s edit in the same table stays', async () => {
    const boardId = await server.createBoard({ title: 'Undo' });
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
