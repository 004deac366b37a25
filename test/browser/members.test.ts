import { addMeasure } from '@balanza/model';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';

/** What the people's own devices call them: the board shows the names the facilitator gave. */
const BEA_DEVICE = { name: 'bea-laptop', color: '#15803d' };
const CAI_DEVICE = { name: 'cai-phone', color: '#a16207' };

describe('members invited by name, in three browsers (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let facilitator: Page;
  const invited: Record<string, string> = {};

  beforeAll(async () => {
    boardId = await suite.server.createBoard({ title: 'Review with the team', reviewedYear: 2026 });
    const seed = suite.connect(boardId);
    await seed.synced;
    for (const text of ['Free shipping over 99', 'Weekly live stream', 'Cut broad-match ads', 'Bundle offers'])
      addMeasure(seed.doc, { text, column: 'keep' });
    facilitator = await suite.open(ANA, boardId, 'measures', { ready: '[data-testid="measure-card"]' });
  });

  /** Invites a person from the share dialog; returns the token of their personal link. */
  async function invite(name: string) {
    await facilitator.getByTestId('share-open').click();
    const panel = facilitator.getByTestId('members-panel');
    await panel.getByTestId('member-invite-name').fill(name);
    await panel.getByTestId('member-invite').click();
    const link = panel.getByTestId('member-invite-link');
    await expect.poll(() => link.getAttribute('aria-label')).toContain(name);
    const url = new URL((await link.inputValue()) as string);
    await facilitator.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();
    return new URLSearchParams(url.hash.slice(1)).get('token') as string;
  }

  it('[MEMBER-1] the facilitator invites two people by name; the list shows them, and the facilitator as "you"', async () => {
    invited.Bea = await invite('Bea');
    invited.Cai = await invite('Cai');
    await facilitator.getByTestId('share-open').click();
    const names = facilitator.getByTestId('members-panel').locator('[data-testid="member"] .member-name');
    await expect.poll(() => names.allTextContents()).toEqual(expect.arrayContaining(['Bea', 'Cai', 'Ana (you)']));
    await facilitator.getByTestId('share-dialog').getByRole('button', { name: 'Close' }).click();
  });

  it('[MEMBER-3] both members vote to the limit; a further vote is refused with a message; the counts are right everywhere', async () => {
    const ready = { ready: '[data-testid="measure-card"]' };
    const bea = await suite.open(BEA_DEVICE, boardId, 'measures', { token: invited.Bea, ...ready });
    const cai = await suite.open(CAI_DEVICE, boardId, 'measures', { token: invited.Cai, ...ready });
    for (const page of [bea, cai]) {
      const votes = page.getByTestId('measure-vote');
      for (let i = 0; i < 3; i++) await votes.nth(i).click();
      await page.getByText('You have 0 of 3 votes left').waitFor();
      await votes.nth(3).click();
      await page.getByRole('alert').filter({ hasText: 'used all 3 of your votes' }).waitFor();
    }
    const totals = () =>
      facilitator
        .locator('[data-testid="measure-votes"]')
        .evaluateAll((nodes) => nodes.reduce((sum, node) => sum + Number(node.getAttribute('data-votes')), 0));
    await expect.poll(totals).toBe(6);
    const stored = await suite.server.stored(boardId);
    const perVoter = new Map<string, number>();
    for (const measure of stored.measures)
      for (const [voter, count] of Object.entries(measure.votes))
        perVoter.set(voter, (perVoter.get(voter) ?? 0) + count);
    expect([...perVoter.values()].sort()).toEqual([3, 3]);
  });

  it('[MEMBER-2] a comment shows its author under the name the board knows, not the one on their device', async () => {
    const bea = await suite.open(BEA_DEVICE, boardId, 'goals', {
      token: invited.Bea,
      ready: '[data-testid="goal-row"]',
    });
    const details = async (page: Page) => {
      await page.locator('[data-testid="goal-row"]').first().getByTestId('goal-causes-toggle').click();
      return page.getByTestId('goal-details');
    };
    const onBea = await details(bea);
    await onBea.getByTestId('comment-new-input').fill('Sales missed in Q3');
    await onBea.getByTestId('comment-new-send').click();
    await facilitator.goto(`${suite.server.url}/b/${boardId}/goals`);
    const onFacilitator = await details(facilitator);
    const message = onFacilitator.locator('[data-testid="comment-message"]').filter({ hasText: 'Sales missed in Q3' });
    await expect.poll(() => message.locator('.comment-author').textContent()).toBe('Bea');
  });

  it('[MEMBER-4] a version says who edited since the one before, under their names', async () => {
    const panel = facilitator.getByTestId('versions-panel');
    if (!(await panel.isVisible())) await facilitator.getByTestId('versions-toggle').click();
    await panel.getByTestId('version-name').fill('after the vote');
    await panel.getByTestId('version-save').click();
    const item = panel.getByTestId('version-item').filter({ hasText: 'after the vote' });
    await item.click();
    const editedBy = facilitator.getByTestId('version-edited-by');
    await expect.poll(() => editedBy.textContent()).toMatch(/Bea/);
    expect(await editedBy.textContent()).toMatch(/Cai/);
  });
});
