import { readBoard } from '@balanza/model';
import { fillDemo } from '@balanza/server';
import type { Page } from 'playwright-core';
import type { BrowserSuite } from './browser-suite.ts';
import { waitFor } from './clients.ts';

/**
 * A board filled as the demo board is (goals, ledger, campaigns, measures, a comment thread), created on
 * the suite's server by its facilitator; resolves once a second client sees the content on the server.
 */
export async function demoBoard(suite: BrowserSuite, title = 'Annual review 2026'): Promise<string> {
  const boardId = await suite.server.createBoard({ title, reviewedYear: 2026 });
  const facilitator = suite.connect(boardId);
  await facilitator.synced;
  fillDemo(facilitator.doc);
  const reader = suite.connect(boardId);
  await waitFor(() => {
    const board = readBoard(reader.doc);
    return board.measures.length > 0 && board.comments.length > 0;
  }, 'the demo content to reach the server');
  return boardId;
}

/** Goes to a section inside the app, as a click in the rail does (no reload). */
export async function showSection(page: Page, boardId: string, section: string): Promise<void> {
  await page.evaluate((path) => {
    window.history.pushState(null, '', path);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/b/${boardId}/${section}`);
  await page.locator(`.rail-link[aria-current="page"][href$="/${section}"]`).waitFor({ state: 'attached' });
}
