import { readBoard, SECTIONS } from '@balanza/model';
import { fillDemo } from '@balanza/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditAccessibility, type Violation } from '../support/accessibility.ts';
import { ANA, browserSuite, CY, type TestUser } from '../support/browser-suite.ts';
import { waitFor } from '../support/clients.ts';

/** Eleven audits of one to three seconds each on a busy two-core machine. */
const AUDIT_TIMEOUT_MS = 90_000;
const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

describe('accessibility audit (axe-core, Chromium)', () => {
  const suite = browserSuite();

  /** A board filled as the demo board is (goals, ledger, campaigns, measures, a comment thread). */
  async function demoBoard() {
    const boardId = await suite.server.createBoard({ title: 'Annual review 2026', reviewedYear: 2026 });
    const facilitator = suite.connect(boardId);
    await facilitator.synced;
    fillDemo(facilitator.doc);
    // A second client sees the content once the server has it.
    const reader = suite.connect(boardId);
    await waitFor(() => {
      const board = readBoard(reader.doc);
      return board.measures.length > 0 && board.comments.length > 0;
    }, 'the demo content to reach the server');
    return boardId;
  }

  /** Goes to a section inside the app, as a click in the rail does (no reload). */
  async function showSection(page: Page, boardId: string, section: string) {
    await page.evaluate((path) => {
      window.history.pushState(null, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/b/${boardId}/${section}`);
    await page.locator(`.rail-link[aria-current="page"][href$="/${section}"]`).waitFor({ state: 'attached' });
  }

  /**
   * Audits, on one page of `user` at `size`: the home page, every section of a demo board, the comment
   * drawer, the versions panel, (for a facilitator) the share dialog and the report. Returns the places with
   * serious or critical violations.
   */
  async function auditEverywhere(user: TestUser, size: keyof typeof SIZES, role: 'facilitator' | 'viewer') {
    const boardId = await demoBoard();
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

    // The panels over the lightest section: the page behind them was audited already, and each audit
    // of a heavy section costs seconds.
    await showSection(page, boardId, 'plan');
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
