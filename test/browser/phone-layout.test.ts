import { SECTIONS } from '@balanza/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';
import { demoBoard, showSection } from '../support/demo-board.ts';

const PHONE = { width: 390, height: 844 };

describe('the board on a phone (Chromium, 390×844)', () => {
  const suite = browserSuite();
  let boardId: string;

  beforeAll(async () => {
    boardId = await suite.server.createBoard({ title: 'Annual review of a shop with a long name', reviewedYear: 2026 });
  });

  it('[A11Y-6] the top bar and the session bar take one line each; their tools open from "More"; every section is one tap away', async () => {
    const page = await suite.open(ANA, boardId, 'goals', { ready: '[data-testid="goal-row"]' });
    await page.setViewportSize(PHONE);
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`${selector} is not shown`);
      return found;
    };
    const middle = (rect: { y: number; height: number }) => rect.y + rect.height / 2;
    // One line of controls in the top bar: the way back, the connection and "More" side by side.
    const back = await box('.board-topbar > a');
    const connection = await box('[data-testid="connection-state"]');
    const more = await box('[data-testid="topbar-menu-toggle"]');
    for (const other of [connection, more]) expect(Math.abs(middle(other) - middle(back))).toBeLessThan(6);
    expect((await box('[data-testid="session-bar"]')).height).toBeLessThan(48);
    // The bars take a sixth of the screen, not the first third; every section's tab is in sight.
    const session = await box('[data-testid="session-bar"]');
    expect(session.y + session.height).toBeLessThan(PHONE.height / 6);
    const tabs = await page
      .locator('.rail-link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().right));
    expect(tabs.length).toBe(SECTIONS.length);
    for (const right of tabs) expect(right).toBeLessThanOrEqual(PHONE.width);
    // The tools are one tap away, and so is every section.
    await expect.poll(() => page.getByTestId('share-open').isVisible()).toBe(false);
    await page.getByTestId('topbar-menu-toggle').click();
    expect(await page.getByTestId('topbar-menu-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('share-open').click();
    await page.getByTestId('share-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.rail').getByRole('link', { name: 'Measures' }).click();
    await page.waitForURL(/\/measures$/);
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('[A11Y-6] on a wide screen nothing is folded', async () => {
    const page = await suite.open(ANA, boardId, 'goals', { ready: '[data-testid="goal-row"]' });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.getByTestId('topbar-menu-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('share-open').isVisible()).toBe(true);
    expect(await page.getByTestId('bring-everyone').isVisible()).toBe(true);
  });

  it('[A11Y-6] at 390 px no section of a board filled like the demo has anything wider than the screen, but the timeline’s own scroll area', async () => {
    const demo = await demoBoard(suite);
    const page = await suite.open(ANA, demo, 'goals', { ready: '[data-testid="goal-row"]' });
    await page.setViewportSize(PHONE);
    for (const section of SECTIONS) {
      await showSection(page, demo, section);
      await page.locator('#section-heading').waitFor();
      await page.waitForTimeout(300);
      const wide = await page.evaluate((width) => {
        const scrollArea = document.querySelector('.tl-grid');
        return Array.from(document.querySelectorAll<HTMLElement>('body *'))
          .filter((element) => !scrollArea?.contains(element) || element === scrollArea)
          .filter((element) => element.getBoundingClientRect().right > width + 1)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
      }, PHONE.width);
      expect(wide, `${section}: ${wide.slice(0, 5).join(', ')}`).toEqual([]);
    }
  });
});
