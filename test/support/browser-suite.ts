import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { TEST_CLIENT_DIST } from './build-client.ts';
import { type ServerSuite, serverSuite } from './server-suite.ts';

/** The people of the browser tests. Ana creates the boards, so she holds their facilitator tokens. */
export const ANA = { name: 'Ana', color: '#2f6fdf' };
export const BO = { name: 'Bo', color: '#c2410c' };
/** A third person, for the tests that need one more profile (a viewer, a late joiner). */
export const CY = { name: 'Cy', color: '#15803d' };
export type TestUser = typeof ANA;

export interface OpenOptions {
  /** A share-link token the page adopts first (from `/b/:id#token=…`, as a person opening the link). */
  token?: string;
  /** A selector that says the section has rendered; waited for after the connection. */
  ready?: string;
}

export interface BrowserSuite extends ServerSuite {
  /**
   * Opens `/b/:boardId/:section` in a fresh browser profile of `user` and waits until the page is
   * connected (and `ready` is there). A profile opened in a test is closed after it; one opened in a
   * `beforeAll`, after the suite.
   */
  open(user: TestUser, boardId: string, section?: string, options?: OpenOptions): Promise<Page>;
  /** A blank page in a fresh profile of `user`, for pages that are not a board (the home page). */
  newPage(user: TestUser): Promise<Page>;
  /**
   * A new board opened on `section` by Ana, its facilitator, and by Bo through an editor share link —
   * the usual pair of a two-browser test.
   */
  pair(section: string, ready?: string): Promise<{ boardId: string; editorToken: string; pageA: Page; pageB: Page }>;
}

/**
 * One server, the built client and Chromium for a `describe` block of browser tests: a `serverSuite`
 * (so Node clients opened with `connect` are closed after each test too) that also launches Chromium
 * and opens pages as named users.
 */
export function browserSuite(): BrowserSuite {
  const base = serverSuite({ clientDist: TEST_CLIENT_DIST });
  let chromium: TestBrowser | undefined;
  beforeAll(async () => {
    const launched = await launchBrowser();
    chromium = launched;
    // Closed with the suite's other cleanups: after the profiles, before the server.
    base.onCleanup(() => launched.close());
  });
  const started = () => {
    if (!chromium) throw new Error('browserSuite: used before its beforeAll ran');
    return chromium;
  };
  const newPage = async (user: TestUser) => {
    const context = await started().newUser(user);
    base.onCleanup(() => context.close());
    return context.newPage();
  };
  const open = async (user: TestUser, boardId: string, section = '', { token, ready }: OpenOptions = {}) => {
    const { url } = base.server;
    const page = await newPage(user);
    const connected = page.locator('[data-testid="connection-state"][data-state="connected"]');
    if (token) {
      await page.goto(`${url}/b/${boardId}#token=${encodeURIComponent(token)}`);
      await connected.waitFor();
    }
    await page.goto(`${url}/b/${boardId}${section ? `/${section}` : ''}`);
    await connected.waitFor();
    if (ready) await page.locator(ready).first().waitFor();
    return page;
  };
  return {
    get server() {
      return base.server;
    },
    connect: base.connect,
    boardWithMember: base.boardWithMember,
    socket: base.socket,
    upgradeStatus: base.upgradeStatus,
    startServer: base.startServer,
    onCleanup: base.onCleanup,
    newPage,
    open,
    async pair(section, ready) {
      const boardId = await base.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
      const editorToken = (await base.server.share(boardId, 'editor')).token;
      const pageA = await open(ANA, boardId, section, ready ? { ready } : {});
      const pageB = await open(BO, boardId, section, { token: editorToken, ...(ready ? { ready } : {}) });
      return { boardId, editorToken, pageA, pageB };
    },
  };
}
