import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, browserSuite, type TestUser } from '../support/browser-suite.ts';

const VI = { name: 'Vi', color: '#0f766e' };
const CO = { name: 'Co', color: '#c2410c' };

describe('share links and roles in the browser (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let facilitator: Page;

  beforeAll(async () => {
    boardId = await suite.server.createBoard({ title: 'Review 2026' });
    facilitator = await open(ANA);
  });

  /** A fresh browser profile; only the share link decides its role (it replaces any token held). */
  const open = (user: TestUser, token?: string) =>
    suite.open(user, boardId, '', { ...(token ? { token } : {}), ready: '[data-testid="goal-row"]' });

  /** The facilitator creates a link of `role` in the share dialog and reads its token from its field. */
  async function shareLink(role: 'viewer' | 'commenter'): Promise<string> {
    await facilitator.getByTestId('share-open').click();
    const dialog = facilitator.getByTestId('share-dialog');
    // Count the links once the dialog has them (it asks the server when it opens).
    await facilitator.locator('[data-testid="share-dialog"][data-loaded="true"]').waitFor();
    const links = dialog.locator(`[data-testid="share-link"][data-role="${role}"][data-revoked="false"]`);
    const before = await links.count();
    await dialog.getByTestId(`share-create-${role}`).click();
    await expect.poll(() => links.count()).toBe(before + 1);
    const url = await links.first().locator('input').inputValue();
    await dialog.getByRole('button', { name: 'Close' }).click();
    return decodeURIComponent(new URL(url).hash.replace('#token=', ''));
  }

  const firstActual = (page: Page) => page.locator('[data-testid="goal-row"]').first().getByTestId('goal-actual');

  it('[AUTH-10][AUTH-4] a viewer sees the board live, read-only, with a banner; an attempted edit is refused and reaches nobody', async () => {
    const viewer = await open(VI, await shareLink('viewer'));
    await viewer.locator('[data-testid="role-banner"][data-role="viewer"]').waitFor();
    await expect.poll(() => viewer.getByTestId('share-open').count()).toBe(0);

    // The facilitator's edit arrives live.
    await firstActual(facilitator).fill('4321');
    await firstActual(facilitator).press('Enter');
    await expect.poll(() => firstActual(viewer).inputValue()).toContain('4,321');

    // The viewer's cell does not take typing.
    expect(await firstActual(viewer).getAttribute('readonly')).not.toBeNull();
    await firstActual(viewer).click();
    await viewer.keyboard.type('99');
    await viewer.keyboard.press('Enter');
    expect(await firstActual(viewer).inputValue()).not.toContain('99');

    // Controls that only change the board are not offered, nor a box to comment.
    expect(await viewer.getByTestId('add-goal').isVisible()).toBe(false);
    await viewer.locator('[data-testid="goal-row"]').first().getByTestId('goal-causes-toggle').click();
    await viewer.getByTestId('goal-details').getByTestId('target-threads').waitFor();
    expect(await viewer.getByTestId('comment-new-input').count()).toBe(0);
    expect(await viewer.locator('.drag-handle:visible').count()).toBe(0);

    // An edit started anyway (clicking an empty lane creates an event) is refused with the reason, for everyone.
    await refusedOnTimeline(viewer, VI, 'viewing this board');
  });

  /** Clicks an empty spot of the last lane; the page says why nothing was made, and nothing reaches the facilitator. */
  async function refusedOnTimeline(page: Page, user: TestUser, reason: string) {
    const count = async () => (await suite.server.stored(boardId)).events.length;
    /** The facilitator's page shows `user` in `section`: what `user` sent before has reached the server. */
    const seenIn = (section: string) =>
      facilitator
        .locator(`[data-testid="presence-avatar"][data-name="${user.name}"][data-section="${section}"]`)
        .waitFor();
    const before = await count();
    await page.getByRole('navigation').getByRole('link', { name: 'Timeline' }).click();
    const track = page.locator('[data-testid="lane-track"]').last();
    await track.waitFor();
    await seenIn('timeline');
    const box = await track.boundingBox();
    if (!box) throw new Error('no lane');
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height - 4);
    await page.getByRole('alert').filter({ hasText: reason }).waitFor();
    expect(await page.locator('[data-testid="timeline-event"]').count()).toBe(before);
    // A barrier instead of a pause: the page moves on after the click, and once the facilitator sees it
    // there, the server has handled anything the page sent before (a room handles frames in order).
    await page.getByRole('navigation').getByRole('link', { name: 'Goals' }).click();
    await seenIn('goals');
    expect(await count()).toBe(before);
  }

  it('[AUTH-10] a commenter sees the comment-only banner and cannot change numbers', async () => {
    const commenter = await open(CO, await shareLink('commenter'));
    await commenter.locator('[data-testid="role-banner"][data-role="commenter"]').waitFor();
    expect(await firstActual(commenter).getAttribute('readonly')).not.toBeNull();
    expect(await commenter.getByTestId('add-goal').isVisible()).toBe(false);

    // Comments are what a commenter may write: a thread on a goal reaches the facilitator.
    const details = async (page: Page) => {
      await page.locator('[data-testid="goal-row"]').first().getByTestId('goal-causes-toggle').click();
      return page.getByTestId('goal-details');
    };
    const onCommenter = await details(commenter);
    await onCommenter.getByTestId('comment-new-input').fill('Why did sales miss?');
    await onCommenter.getByTestId('comment-new-send').click();
    const onFacilitator = await details(facilitator);
    await expect
      .poll(() => onFacilitator.locator('[data-testid="comment-thread"]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Why did sales miss?')]));
    await facilitator.locator('[data-testid="goal-row"]').first().getByTestId('goal-causes-toggle').click();

    await refusedOnTimeline(commenter, CO, 'only comment');
  });

  it('[AUTH-3] a revoked link no longer opens the board: the page says so', async () => {
    const token = await shareLink('viewer');
    const viewer = await open(VI, token);
    await facilitator.getByTestId('share-open').click();
    const dialog = facilitator.getByTestId('share-dialog');
    const link = dialog.locator('[data-testid="share-link"][data-revoked="false"]').filter({
      has: facilitator.locator(`input[value*="${encodeURIComponent(token)}"]`),
    });
    await link.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => link.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await viewer.reload();
    await viewer.getByRole('heading', { name: 'This link does not open the board' }).waitFor();
  });
});
