import { addGoal, addLedgerLine, addOutcome } from '@balanza/model';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite, CY, type TestUser } from '../support/browser-suite.ts';
import type { TestClient } from '../support/clients.ts';

describe('a record deleted while someone else works on it (Chromium)', () => {
  const suite = browserSuite();
  let seed: TestClient;
  let boardId: string;
  let goalId: string;
  let lineId: string;
  let outcomeId: string;
  /** Ana deletes. */
  let pageA: Page;
  /** Bo is working on what Ana deletes. */
  let pageB: Page;

  beforeAll(async () => {
    boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    // Opened in beforeAll, so the suite closes it after the last test.
    seed = suite.connect(boardId);
    await seed.synced;
    goalId = addGoal(seed.doc, {
      kind: 'custom',
      label: 'Conversion rate',
      unit: 'count',
      direction: 'higher',
      target: 1000,
      actual: 800,
    });
    lineId = addLedgerLine(seed.doc, { side: 'input', category: 'custom', label: 'Photo shoots', amount: 5000 });
    outcomeId = addOutcome(seed.doc, { kind: 'custom', label: 'Store level', unit: 'stars', before: 3, after: 4 });
    pageA = await openBoard(ANA);
    pageB = await openBoard(BO);
  });

  const openBoard = (user: TestUser) =>
    suite.open(user, boardId, '', { ready: `[data-testid="goal-row"][data-goal-id="${goalId}"]` });
  const goalRow = (page: Page) => page.locator(`[data-testid="goal-row"][data-goal-id="${goalId}"]`);
  const restoreOffer = (page: Page) => page.locator('.toast').filter({ hasText: /deleted by someone else/ });

  it('[LOST-1][LOST-2] A deletes the goal B is typing an actual in: B restores it with the typed number, both see it', async () => {
    // A number that does not parse is dropped; the one being typed (not stored: no Enter) comes back.
    await goalRow(pageB).getByTestId('goal-target').fill('lots');
    await goalRow(pageB).getByTestId('goal-actual').click();
    await goalRow(pageB).getByTestId('goal-actual').fill('1250');

    await goalRow(pageA).getByRole('button', { name: 'Delete goal “Conversion rate”' }).click();
    await pageA.getByText('Deleted goal “Conversion rate”.').waitFor();
    await expect.poll(() => goalRow(pageB).count()).toBe(0);

    const offer = restoreOffer(pageB);
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/“Conversion rate” was deleted by someone else/);
    // The one who deleted gets Undo, not the offer.
    expect(await restoreOffer(pageA).count()).toBe(0);
    await offer.getByRole('button', { name: 'Restore' }).click();

    for (const page of [pageA, pageB]) {
      await goalRow(page).waitFor();
      expect(await goalRow(page).getByTestId('goal-label').inputValue()).toBe('Conversion rate');
      await expect.poll(() => goalRow(page).getByTestId('goal-actual').inputValue()).toMatch(/^1,?250$/);
      expect(await goalRow(page).getByTestId('goal-target').inputValue()).toMatch(/^1,?000$/);
    }
  });

  it('[LOST-1] a viewer who had the goal focused is offered nothing (they could not restore it)', async () => {
    const shareId = addGoal(seed.doc, { kind: 'custom', label: 'Market share', unit: 'percent', direction: 'higher' });
    const { token } = await suite.server.share(boardId, 'viewer');
    const pageC = await suite.newPage(CY);
    await pageC.goto(`${suite.server.url}/b/${boardId}#token=${encodeURIComponent(token)}`);
    await pageC.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    const row = (page: Page) => page.locator(`[data-testid="goal-row"][data-goal-id="${shareId}"]`);
    // Read-only cells still take focus (the grid is read with the keyboard); B works on it too, as a witness.
    await row(pageC).getByTestId('goal-target').click();
    await row(pageB).getByTestId('goal-target').click();

    await row(pageA).getByRole('button', { name: 'Delete goal “Market share”' }).click();
    await restoreOffer(pageB)
      .filter({ hasText: /Market share/ })
      .waitFor();
    await expect.poll(() => row(pageC).count()).toBe(0);
    // A barrier instead of a pause: a goal added after the delete shows on C, so C has handled the delete.
    const laterId = addGoal(seed.doc, { kind: 'custom', label: 'Added after the delete', unit: 'count' });
    await pageC.locator(`[data-testid="goal-row"][data-goal-id="${laterId}"]`).waitFor();
    expect(await restoreOffer(pageC).count()).toBe(0);
  });

  it('[LOST-1][LOST-2] A deletes the ledger line and the result B is typing in: B restores both with the typed text', async () => {
    for (const page of [pageA, pageB]) {
      await page.goto(`${suite.server.url}/b/${boardId}/ledger`);
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    }
    const line = (page: Page) => page.locator(`[data-testid="ledger-row"][data-line-id="${lineId}"]`);
    const outcome = (page: Page) => page.locator(`[data-testid="outcome-row"][data-outcome-id="${outcomeId}"]`);
    await line(pageB).getByTestId('ledger-amount').fill('6200');
    await line(pageA).getByRole('button', { name: 'Delete “Photo shoots”' }).click();
    const lineOffer = restoreOffer(pageB).filter({ hasText: /Photo shoots/ });
    await lineOffer.getByRole('button', { name: 'Restore' }).click();

    await outcome(pageB).getByTestId('outcome-label').fill('Store level (Tmall)');
    await outcome(pageA).getByRole('button', { name: 'Delete “Store level”' }).click();
    // The offer names the result as B had it on screen, typed text included.
    const outcomeOffer = restoreOffer(pageB).filter({ hasText: /“Store level \(Tmall\)” was deleted/ });
    await outcomeOffer.getByRole('button', { name: 'Restore' }).click();

    expect(await restoreOffer(pageA).count()).toBe(0);
    for (const page of [pageA, pageB]) {
      await expect.poll(() => line(page).getByTestId('ledger-amount').inputValue()).toMatch(/6,?200/);
      expect(await line(page).getByTestId('ledger-label').inputValue()).toBe('Photo shoots');
      await expect.poll(() => outcome(page).getByTestId('outcome-label').inputValue()).toBe('Store level (Tmall)');
      expect(await outcome(page).getByTestId('outcome-after').inputValue()).toMatch(/^4(\.0+)?$/);
    }
  });

  it('[LOST-1][LOST-2][LOST-3] A deletes the event B has open and is renaming: B’s panel closes, B restores it with its note and the new name; both see it', async () => {
    for (const page of [pageA, pageB]) {
      await page.goto(`${suite.server.url}/b/${boardId}/timeline`);
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
      await page.locator('[data-testid="timeline-event"]').first().waitFor();
    }
    const bar = (page: Page) => page.locator('[data-testid="timeline-event"][aria-label^="618"]');
    const eventId = (await bar(pageA).getAttribute('data-event-id')) as string;
    const barById = (page: Page) => page.locator(`[data-testid="timeline-event"][data-event-id="${eventId}"]`);
    const panel = (page: Page) => page.locator(`[data-testid="event-panel"][data-event-id="${eventId}"]`);

    await barById(pageB).click();
    await panel(pageB).getByTestId('note-editor').click();
    await pageB.keyboard.type('Sold out by day three');
    // B is half-way through renaming it and a spend that does not read as a number: neither stored yet.
    const title = (await panel(pageB).getByTestId('event-title').inputValue()) as string;
    await panel(pageB).getByTestId('event-spend').fill('lots');
    await panel(pageB).getByTestId('event-title').fill(`${title} (sold out)`);

    await barById(pageA).click();
    await expect.poll(() => panel(pageA).getByTestId('note-editor').textContent()).toContain('Sold out by day three');
    await panel(pageA).getByTestId('event-remove').click();
    await pageA.getByText(/^Deleted “618/).waitFor();
    await expect.poll(() => barById(pageB).count()).toBe(0);
    await expect.poll(() => panel(pageB).count()).toBe(0);

    const offer = restoreOffer(pageB);
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/“618[^”]*” was deleted by someone else while you had it open/);
    expect(await restoreOffer(pageA).count()).toBe(0);
    await offer.getByRole('button', { name: 'Restore' }).click();

    await barById(pageA).waitFor();
    await barById(pageB).waitFor();
    // Back with B's unsaved title; the unreadable spend was not kept (the stored one is).
    await expect.poll(() => barById(pageA).getAttribute('aria-label')).toMatch(/\(sold out\)/);
    expect(await panel(pageB).getByTestId('event-title').inputValue()).toBe(`${title} (sold out)`);
    expect(await panel(pageB).getByTestId('event-spend').inputValue()).not.toBe('lots');
    // B's panel opens again on it, with the note as it was.
    await expect.poll(() => panel(pageB).getByTestId('note-editor').textContent()).toContain('Sold out by day three');
    await barById(pageA).click();
    await expect.poll(() => panel(pageA).getByTestId('note-editor').textContent()).toContain('Sold out by day three');

    // A deletes it again and takes it back with Undo: the note comes back with it.
    await panel(pageA).getByTestId('event-remove').click();
    await expect.poll(() => barById(pageB).count()).toBe(0);
    await pageA
      .locator('.toast')
      .filter({ hasText: /^Deleted “618/ })
      .last()
      .getByRole('button', { name: 'Undo' })
      .click();
    await barById(pageB).waitFor();
    await barById(pageA).click();
    await expect.poll(() => panel(pageA).getByTestId('note-editor').textContent()).toContain('Sold out by day three');
  });
});
