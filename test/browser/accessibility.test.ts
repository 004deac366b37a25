import { SECTIONS } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { auditAccessibility, type Violation } from '../support/accessibility.ts';
import { ANA, browserSuite, CY, type TestUser } from '../support/browser-suite.ts';
import { demoBoard, showSection } from '../support/demo-board.ts';

/** Eleven audits of one to three seconds each on a busy two-core machine. */
const AUDIT_TIMEOUT_MS = 90_000;
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

describe('accessibility audit (axe-core, Chromium)', () => {
  const suite = browserSuite();

  /**
   * Audits, on one page of `user` at `size`: the home page, every section of a demo board, the comment
   * drawer, the versions panel, (for a facilitator) the share dialog and the report. Returns the places with
   * serious or critical violations.
   */
  async function auditEverywhere(user: TestUser, size: keyof typeof SIZES, role: 'facilitator' | 'viewer') {
    const boardId = await demoBoard(suite);
    const token = role === 'viewer' ? (await suite.server.share(boardId, 'viewer')).token : undefined;
    const page = await suite.open(user, boardId, 'dashboard', token ? { token } : {});
    await page.setViewportSize(SIZES[size]);
    await page
      .locator(`[data-testid="role-banner"][data-role="viewer"]`)
      .waitFor({ state: role === 'viewer' ? 'visible' : 'detached' });
    const found: Record<string, Violation[]> = {};
    const audit = async (place: string) => {
      const violations = await auditAccessibility(page);
      if (violations.length > 0) found[place] = violations;
    };

    for (const section of SECTIONS) {
      await showSection(page, boardId, section);
      await audit(section);
    }

    // The dashboard's charts shown as tables ([A11Y-11]), then back to charts for the report.
    await showSection(page, boardId, 'dashboard');
    const toggles = page.getByTestId('chart-table-toggle');
    const charts = await toggles.count();
    for (let index = 0; index < charts; index++) await toggles.nth(index).click();
    await page
      .getByTestId('chart-table')
      .nth(charts - 1)
      .waitFor();
    await audit('dashboard as tables');
    for (let index = 0; index < charts; index++) await toggles.nth(index).click();

    // The panels over the lightest section: the page behind them was audited already, and each audit
    // of a heavy section costs seconds.
    await showSection(page, boardId, 'plan');
    // On a phone the top bar's tools are behind "More" ([A11Y-6]): audited open.
    const more = page.getByTestId('topbar-menu-toggle');
    if (await more.isVisible()) {
      await more.click();
      await audit('top bar menu');
    }
    await page.getByTestId('comments-toggle').click();
    await page.getByTestId('comment-thread').first().waitFor();
    await audit('comment drawer');
    await page.getByTestId('comments-close').click();

    await page.getByTestId('versions-toggle').click();
    await page.getByTestId('versions-panel').waitFor();
    await audit('versions panel');
    await page.getByTestId('versions-close').click();

    if (role === 'facilitator') {
      await page.getByTestId('share-open').click();
      await page.getByTestId('share-dialog').waitFor();
      await audit('share dialog');
      await page.keyboard.press('Escape');
    }

    // The report, reached by its link in the top bar (no reload).
    await page.getByTestId('report-open').click();
    await page.getByTestId('report-comments').waitFor();
    await audit('report');

    await page.goto(suite.server.url);
    await page.getByTestId('board-link').first().waitFor();
    await audit('home page');
    return found;
  }

  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    it(
      `[A11Y-1] a facilitator at ${size} size meets no serious or critical violation`,
      async () => {
        expect(await auditEverywhere(ANA, size, 'facilitator')).toEqual({});
      },
      AUDIT_TIMEOUT_MS,
    );
    it(
      `[A11Y-1] a viewer at ${size} size meets no serious or critical violation`,
      async () => {
        expect(await auditEverywhere(CY, size, 'viewer')).toEqual({});
      },
      AUDIT_TIMEOUT_MS,
    );
  }
});
