import type { Member } from '@balanza/api';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';

const BEA = { name: 'Bea', color: '#15803d' };
const CAI = { name: 'Cai', color: '#a16207' };
const CARDS = { ready: '[data-testid="measures-board"]' };

describe('private writing and its reveal, seen from three pages (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let ana: Page;
  let bea: Page;
  let cai: Page;
  const members: Record<string, { member: Member; token: string }> = {};

  const column = (page: Page, name: string) => page.locator(`[data-testid="measure-column"][data-column="${name}"]`);
  const texts = (page: Page) =>
    page
      .locator('[data-testid="measure-text"]')
      .evaluateAll((nodes) =>
        nodes.map((node) => (node instanceof HTMLTextAreaElement ? node.value : (node.textContent ?? ''))).sort(),
      );
  const privateMarks = (page: Page) => page.getByTestId('measure-private').count();
  async function write(page: Page, where: string, text: string) {
    const input = column(page, where).getByTestId('measure-new-input');
    await input.fill(text);
    await input.press('Enter');
  }

  beforeAll(async () => {
    boardId = await suite.server.createBoard({ title: 'Review with private writing', reviewedYear: 2026 });
    const facilitator = suite.server.tokenOf(boardId);
    for (const name of ['Bea', 'Cai']) {
      const answer = await suite.server.api(
        `/api/boards/${boardId}/members`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name, role: 'editor' }),
        },
        facilitator,
      );
      members[name] = (await answer.json()) as { member: Member; token: string };
    }
    ana = await suite.open(ANA, boardId, 'measures', CARDS);
    bea = await suite.open(BEA, boardId, 'measures', { token: members.Bea?.token, ...CARDS });
    cai = await suite.open(CAI, boardId, 'measures', { token: members.Cai?.token, ...CARDS });
  });

  it('[MEASURE-6][MEMBER-5] each member’s private cards are theirs alone; the facilitator sees how many wait', async () => {
    await ana.getByTestId('measures-private-writing').check();
    await write(bea, 'add', 'Loyalty points for returning customers');
    await write(cai, 'change', 'Fewer broad-match ads');
    await expect.poll(() => texts(bea)).toEqual(['Loyalty points for returning customers']);
    await expect.poll(() => texts(cai)).toEqual(['Fewer broad-match ads']);
    expect(await privateMarks(bea)).toBe(1);
    expect(await privateMarks(cai)).toBe(1);
    // The facilitator reads nothing of them, only the count; nor does the board the server holds.
    await expect
      .poll(() => ana.getByTestId('measures-reveal').textContent(), { timeout: 8_000 })
      .toMatch(/Reveal 2 cards/);
    expect(await texts(ana)).toEqual([]);
    expect((await suite.server.stored(boardId)).measures).toEqual([]);
  });

  it('[MEMBER-5] the reveal, with one author gone: every page shows both cards at once, authored, once', async () => {
    await cai.close(); // Cai left before the reveal.
    await ana.getByTestId('measures-reveal').click();
    const both = ['Fewer broad-match ads', 'Loyalty points for returning customers'];
    await expect.poll(() => texts(ana)).toEqual(both);
    await expect.poll(() => texts(bea)).toEqual(both);
    await expect.poll(() => privateMarks(bea)).toBe(0);
    const stored = (await suite.server.stored(boardId)).measures;
    expect(stored.map((card) => [card.text, card.author, card.hidden]).sort()).toEqual([
      ['Fewer broad-match ads', members.Cai?.member.id, false],
      ['Loyalty points for returning customers', members.Bea?.member.id, false],
    ]);
    // Cai comes back: his card is on the board, once, and private no more.
    const back = await suite.open(CAI, boardId, 'measures', { token: members.Cai?.token, ...CARDS });
    await expect.poll(() => texts(back)).toEqual(both);
    expect(await privateMarks(back)).toBe(0);
    await expect.poll(() => ana.getByTestId('measures-reveal').textContent()).toMatch(/Reveal 0 cards/);
  });

  it('[MEASURE-6][OFFLINE-1] a private card written offline is kept on the device and reaches the server once back', async () => {
    const context = bea.context();
    const badge = bea.getByTestId('connection-state');
    await context.setOffline(true);
    await expect.poll(() => badge.getAttribute('data-state')).toBe('offline');
    await write(bea, 'keep', 'Written on the train');
    await expect.poll(() => privateMarks(bea)).toBe(1);
    // Closed while still offline: the card is on this device only (IndexedDB).
    await bea.waitForTimeout(300);
    await bea.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${suite.server.url}/b/${boardId}/measures`);
    await again.locator(CARDS.ready).waitFor();
    await expect.poll(() => privateMarks(again)).toBe(1);
    await expect
      .poll(() => ana.getByTestId('measures-reveal').textContent(), { timeout: 8_000 })
      .toMatch(/Reveal 1 card/);
    expect(await texts(ana)).not.toContain('Written on the train');
  });

  it('[MEMBER-5][OFFLINE-1] deleting the board from the home page forgets the private documents kept on the device', async () => {
    const prefix = `balanza:drafts:${boardId}:`;
    const kept = () =>
      ana.evaluate(
        async (start) => ((await indexedDB.databases()) ?? []).filter((db) => db.name?.startsWith(start)).length,
        prefix,
      );
    // Another member's copy on this device too (a shared computer): every one of the board's goes.
    await ana.evaluate(
      (name) =>
        new Promise((resolve) => {
          const opening = indexedDB.open(name);
          opening.onsuccess = () => resolve(opening.result.close());
        }),
      `${prefix}someone-else`,
    );
    expect(await kept()).toBeGreaterThan(0);
    await ana.goto(suite.server.url);
    const row = ana.locator('li', { has: ana.getByText('Review with private writing') });
    await row.getByRole('button', { name: /Delete/ }).click();
    await row.getByRole('button', { name: 'Delete for everyone' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(kept).toBe(0);
  });
});
