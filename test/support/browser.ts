import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { knownTokens } from './server.ts';

/** Debian's Chromium, as the machines have it (browser downloads are impossible here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  browser: Browser;
  /** A fresh profile (own localStorage and IndexedDB) whose user is already named. */
  newUser(identity: { name: string; color: string }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches headless Chromium; Playwright gives it a throwaway profile and each context its own storage. */
export async function launchBrowser(extraArgs: string[] = []): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });
  return {
    browser,
    async newUser({ name, color }) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const identity = JSON.stringify({ id: `test-${name.toLowerCase()}`, name, color });
      await context.addInitScript((value) => {
        if (!localStorage.getItem('balanza.identity')) localStorage.setItem('balanza.identity', value);
      }, identity);
      // The user holds the facilitator token of every board the test server helper created so far, as
      // the creator's browser would (the app keeps tokens per board in localStorage).
      await context.addInitScript((tokens) => {
        const held = JSON.parse(localStorage.getItem('balanza.tokens') ?? '{}') as Record<string, string>;
        localStorage.setItem('balanza.tokens', JSON.stringify({ ...tokens, ...held }));
      }, Object.fromEntries(knownTokens));
      return context;
    },
    async close() {
      await browser.close();
    },
  };
}
