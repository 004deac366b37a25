import { updateSession } from '@balanza/model';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite, CY, type TestUser } from '../support/browser-suite.ts';

/** `m:ss` or `h:mm:ss` on the timer, in seconds. */
const seconds = (display: string | null): number => {
  const parts = (display ?? '').trim().split(':').map(Number);
  if (parts.length < 2 || parts.some(Number.isNaN)) throw new Error(`not a time: "${display}"`);
  return parts.reduce((total, part) => total * 60 + part, 0);
};

describe('facilitation, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let editorToken: string;
  let pageA: Page;
  let pageB: Page;

  beforeAll(async () => {
    ({ boardId, editorToken, pageA, pageB } = await suite.pair('goals', '[data-testid="session-bar"]'));
  });

  /** Ana holds the facilitator token; Bo opens with an editor link (the app adopts the `#token=`). */
  const open = (user: TestUser, section: string, token?: string) =>
    suite.open(user, boardId, section, { ...(token ? { token } : {}), ready: '[data-testid="session-bar"]' });
  const ready = async (page: Page) => {
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.getByTestId('session-bar').waitFor();
  };
  const timer = (page: Page) => page.getByTestId('timer-display');
  /** Both timers read as close together in time as the test can manage. */
  const bothTimers = async () => Promise.all([timer(pageA).textContent(), timer(pageB).textContent()]);

  it('[FACIL-1] A changes the phase and B sees it; B cannot change it', async () => {
    expect(await pageB.getByTestId('session-phase').getAttribute('data-phase')).toBe('write');
    expect(await pageB.getByTestId('phase-decide').isDisabled()).toBe(true);
    expect(await pageB.getByTestId('bring-everyone').count()).toBe(0);
    await pageA.getByTestId('phase-discuss').click();
    await expect.poll(() => pageB.getByTestId('session-phase').getAttribute('data-phase')).toBe('discuss');
    expect(await pageB.getByTestId('phase-discuss').getAttribute('aria-current')).toBe('step');
  });

  it('[FACIL-2] A starts a timer; B shows the same time left (±1 s), also after reloading; +1 min and stop reach B', async () => {
    await pageA.getByTestId('timer-duration').selectOption('5');
    await pageA.getByTestId('timer-start').click();
    await pageB.locator('[data-testid="timer-display"][data-state="running"]').waitFor();
    const [a, b] = await bothTimers();
    expect(Math.abs(seconds(a) - seconds(b))).toBeLessThanOrEqual(1);
    expect(seconds(b)).toBeGreaterThan(4 * 60 + 50);
    expect(seconds(b)).toBeLessThanOrEqual(5 * 60);

    await pageB.reload();
    await ready(pageB);
    await pageB.locator('[data-testid="timer-display"][data-state="running"]').waitFor();
    const [a2, b2] = await bothTimers();
    expect(Math.abs(seconds(a2) - seconds(b2))).toBeLessThanOrEqual(1);

    const before = seconds(await timer(pageB).textContent());
    await pageA.getByTestId('timer-add-minute').click();
    await expect.poll(async () => seconds(await timer(pageB).textContent())).toBeGreaterThan(before + 55);
    await pageA.getByTestId('timer-stop').click();
    await pageB.locator('[data-testid="timer-display"][data-state="idle"]').waitFor();
  });

  it('[FACIL-2] at zero the timer says so on a page that saw it running', async () => {
    // The facilitator's client stores an end time a few seconds ahead (the shortest pick is a minute).
    const facilitator = suite.connect(boardId);
    await facilitator.synced;
    updateSession(facilitator.doc, { timerEndsAt: Date.now() + 3_000 });
    await pageB.locator('[data-testid="timer-display"][data-state="running"]').waitFor();
    await pageB.locator('[data-testid="timer-display"][data-state="up"]').waitFor({ timeout: 8_000 });
    expect(await timer(pageB).textContent()).toBe('Time is up');
    expect(await pageB.locator('.session-timer[data-ringing="true"]').count()).toBe(1);
    await pageB.getByRole('status').filter({ hasText: 'Time is up' }).waitFor();
    // A reload after the end shows it is up, but does not ring an old alarm.
    await pageB.reload();
    await ready(pageB);
    await pageB.locator('[data-testid="timer-display"][data-state="up"]').waitFor();
    expect(await pageB.locator('.session-timer[data-ringing="true"]').count()).toBe(0);
    updateSession(facilitator.doc, { timerEndsAt: null });
    await pageB.locator('[data-testid="timer-display"][data-state="idle"]').waitFor();
  });

  it('[FACIL-3] "bring everyone here" moves B to A’s section with a notice; a late joiner is not moved', async () => {
    await pageA.goto(`${suite.server.url}/b/${boardId}/timeline`);
    await ready(pageA);
    expect(new URL(pageB.url()).pathname).toBe(`/b/${boardId}/goals`);
    await pageA.getByTestId('bring-everyone').click();
    await expect.poll(() => new URL(pageB.url()).pathname).toBe(`/b/${boardId}/timeline`);
    await pageB.getByRole('status').filter({ hasText: 'Ana brought everyone to Timeline' }).waitFor();

    // Cy opens the board afterwards on Goals: the old request does not move them.
    const pageC = await open(CY, 'goals', editorToken);
    // A barrier instead of a pause: someone who joins after Cy shows on Cy's page (on any section), so
    // the request that was already on the board has been read there by then.
    const later = suite.connect(boardId);
    await later.synced;
    later.provider.awareness.setLocalState({
      user: { id: 'test-dee', name: 'Dee', color: '#7c3aed' },
      section: 'goals',
    });
    await pageC.locator('[data-testid="presence-avatar"][data-name="Dee"]').waitFor();
    expect(new URL(pageC.url()).pathname).toBe(`/b/${boardId}/goals`);
    expect(await pageC.getByText('brought everyone').count()).toBe(0);
  });

  it('[FACIL-4] A locks the board: B sees a banner, read-only cells and notes, and gets edits back on unlock', async () => {
    await pageB.goto(`${suite.server.url}/b/${boardId}/goals`);
    await ready(pageB);
    const actualB = pageB.locator('[data-testid="goal-row"]').first().getByTestId('goal-actual');
    expect(await actualB.getAttribute('readonly')).toBeNull();
    await pageB.getByTestId('reflection-goals').getByTestId('reflection-toggle').click();
    const noteB = pageB.getByTestId('reflection-goals').getByTestId('note-editor');
    await expect.poll(() => noteB.getAttribute('contenteditable')).toBe('true');

    await pageA.getByTestId('lock-board').click();
    await pageB.getByTestId('lock-banner').waitFor();
    await expect.poll(() => actualB.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => noteB.getAttribute('contenteditable')).toBe('false');
    // Controls that only change the board are not offered while locked.
    await expect.poll(() => pageB.getByTestId('add-goal').isVisible()).toBe(false);
    expect(await pageA.getByTestId('lock-banner').count()).toBe(0);

    await pageA.getByTestId('lock-board').click();
    await expect.poll(() => pageB.getByTestId('lock-banner').count()).toBe(0);
    await expect.poll(() => actualB.getAttribute('readonly')).toBeNull();
    await expect.poll(() => noteB.getAttribute('contenteditable')).toBe('true');
    expect(await pageB.getByTestId('add-goal').isVisible()).toBe(true);
  });
});
