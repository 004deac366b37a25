import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser.ts';
import { TEST_CLIENT_DIST } from './build-client.ts';
import { startTestServer, type TestServer } from './server.ts';

/** The people of the browser tests. Ana creates the boards, so she holds their facilitator tokens. */
export const ANA = { name: 'Ana', color: '#2f6fdf' };
export const BO = { name: 'Bo', color: '#c2410c' };
export type TestUser = typeof ANA;

export interface OpenOptions {
  /** A share-link token the page adopts first (from `/b/:id#token=…`, as a person opening the link). */
  token?: string;
  /** A selector that says the section has rendered; waited for after the connection. */
  ready?: string;
}

export interface BrowserSuite {
  /** The real server of this suite (started in `beforeAll`). */
  readonly server: TestServer;
  /**
   * Opens `/b/:boardId/:section` in a fresh browser profile of `user` and waits until the page is
   * connected (and `ready` is there). Profiles are closed after the suite.
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
 * One server, the built client and Chromium for a `describe` block of browser tests: registers the
 * `beforeAll`/`afterAll` that start and stop them, and opens pages as named users.
 */
export function browserSuite(): BrowserSuite {
  let server: TestServer | undefined;
  let chromium: TestBrowser | undefined;
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
  const started = () => {
    if (!server || !chromium) throw new Error('browserSuite: used before its beforeAll ran');
    return { server, chromium };
  };
  return {
    get server() {
      return started().server;
    },
    async newPage(user) {
      const context = await started().chromium.newUser(user);
      contexts.push(context);
      return context.newPage();
    },
    async open(user, boardId, section = '', { token, ready } = {}) {
      const { server } = started();
      const page = await this.newPage(user);
      const connected = page.locator('[data-testid="connection-state"][data-state="connected"]');
      if (token) {
        await page.goto(`${server.url}/b/${boardId}#token=${encodeURIComponent(token)}`);
        await connected.waitFor();
      }
      await page.goto(`${server.url}/b/${boardId}${section ? `/${section}` : ''}`);
      await connected.waitFor();
      if (ready) await page.locator(ready).first().waitFor();
      return page;
    },
    async pair(section, ready) {
      const { server } = started();
      const boardId = await server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
      const editorToken = (await server.share(boardId, 'editor')).token;
      const pageA = await this.open(ANA, boardId, section, ready ? { ready } : {});
      const pageB = await this.open(BO, boardId, section, { token: editorToken, ...(ready ? { ready } : {}) });
      return { boardId, editorToken, pageA, pageB };
    },
  };
}
