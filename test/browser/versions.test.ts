import { addThread, readBoard } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANA, BO, browserSuite, CY } from '../support/browser-suite.ts';

describe('versions in two browsers (Chromium)', () => {
  const suite = browserSuite();
  const GOALS = { ready: '[data-testid="goal-row"]' };
  /** Saves a named version from the versions panel (opened if it is not) and returns its item in the list. */
  async function saveVersion(page: Page, name: string) {
    const panel = page.getByTestId('versions-panel');
    if (!(await panel.isVisible())) await page.getByTestId('versions-toggle').click();
    await panel.getByTestId('version-name').fill(name);
    await panel.getByTestId('version-save').click();
    const item = panel.getByTestId('version-item').filter({ hasText: name });
    await item.waitFor();
    return item;
  }
  const goalRow = (page: Page, id: string) => page.locator(`[data-testid="goal-row"][data-goal-id="${id}"]`);
  const versionRow = (page: Page, id: string) =>
    page.locator(
      `[data-testid="version-section"][data-section="goals"] [data-testid="version-row"][data-item-id="${id}"]`,
    );

  /**
   * A board open on two pages (A its facilitator, B), with a version "before the review meeting" saved by A
   * while the first goal's target was 500; since then that target is 777 and the second goal is deleted.
   */
  async function versionedBoard() {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const pageA = await suite.open(ANA, boardId, '', GOALS);
    const pageB = await suite.open(BO, boardId, '', GOALS);
    const goalIds = await pageA
      .locator('[data-testid="goal-row"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-goal-id') as string));
    const [changedId, deletedId] = goalIds as [string, string];
    await goalRow(pageA, changedId).getByTestId('goal-target').fill('500');
    await goalRow(pageA, changedId).getByTestId('goal-target').press('Enter');
    await expect.poll(() => goalRow(pageB, changedId).getByTestId('goal-target').inputValue()).toMatch(/500/);
    const item = await saveVersion(pageA, 'before the review meeting');

    await goalRow(pageA, changedId).getByTestId('goal-target').fill('777');
    await goalRow(pageA, changedId).getByTestId('goal-target').press('Enter');
    await goalRow(pageA, deletedId)
      .getByRole('button', { name: /^Delete goal/ })
      .click();
    await expect.poll(() => goalRow(pageB, deletedId).count()).toBe(0);
    await expect.poll(() => goalRow(pageB, changedId).getByTestId('goal-target').inputValue()).toMatch(/777/);
    return { boardId, pageA, pageB, goalIds, changedId, deletedId, item };
  }

  it('[VERSION-2][VERSION-5][VERSION-6] save a version, change and delete goals, view it read-only, restore the deleted goal live for both', async () => {
    const { pageA, pageB, goalIds, changedId, deletedId, item } = await versionedBoard();
    expect(await item.textContent()).toMatch(/Ana/);

    // The version opens read-only beside the live board, differences marked with a word.
    await item.click();
    await pageA.getByTestId('version-view').waitFor();
    await expect.poll(() => versionRow(pageA, deletedId).getAttribute('data-state')).toBe('deleted');
    expect(await versionRow(pageA, deletedId).textContent()).toMatch(/Deleted since/);
    expect(await versionRow(pageA, changedId).getAttribute('data-state')).toBe('changed');
    expect(await versionRow(pageA, changedId).textContent()).toMatch(/500/);
    expect(await versionRow(pageA, goalIds[2] as string).getAttribute('data-state')).toBe('same');
    // The live board is still there and editable beside it.
    expect(await goalRow(pageA, changedId).isVisible()).toBe(true);

    // A restores the deleted goal: it comes back for B, live, with its id.
    await versionRow(pageA, deletedId).getByTestId('version-restore-item').click();
    await goalRow(pageB, deletedId).waitFor();
    await expect.poll(() => versionRow(pageA, deletedId).getAttribute('data-state')).toBe('same');
    expect(await pageB.locator('[data-testid="goal-row"]').count()).toBe(goalIds.length);
  });

  it('[VERSION-6] restoring a section says what it replaces, reaches the other page, and undo takes it back', async () => {
    const { pageA, pageB, goalIds, changedId, deletedId, item } = await versionedBoard();
    await item.click();
    const section = pageA.locator('[data-testid="version-section"][data-section="goals"]');
    await section.getByTestId('version-restore-section').click();
    expect(await section.locator('[role="alertdialog"]').textContent()).toMatch(
      /Restoring Goals replaces 1 changed row and brings back 1 deleted one\. Rows added since are kept/,
    );
    await section.getByTestId('version-restore-confirm').click();
    await expect.poll(() => goalRow(pageB, changedId).getByTestId('goal-target').inputValue()).toMatch(/500/);
    await goalRow(pageB, deletedId).waitFor();
    await expect.poll(() => versionRow(pageA, changedId).getAttribute('data-state')).toBe('same');

    // The restore is A's own edit: A's undo reverts it, for everyone.
    await pageA.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => goalRow(pageB, changedId).getByTestId('goal-target').inputValue()).toMatch(/777/);
    await expect.poll(() => pageB.locator('[data-testid="goal-row"]').count()).toBe(goalIds.length - 1);
  });

  it('[VERSION-7] a version A saves appears in the list B has open, without reopening it', async () => {
    const { pageA, pageB } = await versionedBoard();
    await pageB.getByTestId('versions-toggle').click();
    const panelB = pageB.getByTestId('versions-panel');
    await panelB.getByTestId('version-item').first().waitFor();
    await saveVersion(pageA, 'after the review meeting');
    // The open list asks the server again every 10 s (and when the window comes back into view).
    await expect
      .poll(() => panelB.getByTestId('version-item').filter({ hasText: 'after the review meeting' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
  });

  it('[VERSION-8] a note rewritten since a version comes back from it, live for the other page; undo takes it back', async () => {
    const notesBoard = await suite.server.createBoard({ title: 'Notes 2026', reviewedYear: 2026 });
    const NOTES = { ready: '[data-testid="section-note-summary"] [data-testid="note-editor"]' };
    const [a, b] = [
      await suite.open(ANA, notesBoard, 'notes', NOTES),
      await suite.open(BO, notesBoard, 'notes', NOTES),
    ];
    const summary = (page: Page) => page.getByTestId('section-note-summary').getByTestId('note-editor');
    // The note's text without the others' caret labels.
    const noteOf = (page: Page) =>
      summary(page).evaluate((editor) => {
        const copy = editor.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[class^="collaboration-carets__"]').forEach((caret) => {
          caret.remove();
        });
        return copy.textContent;
      });
    await summary(a).click();
    await a.keyboard.type('Keep the live streams');
    await expect.poll(() => noteOf(b)).toBe('Keep the live streams');

    const item = await saveVersion(a, 'notes before the meeting');
    const panel = a.getByTestId('versions-panel');

    await summary(a).click();
    await a.keyboard.press('Control+A');
    await a.keyboard.type('Stop everything');
    await expect.poll(() => noteOf(b)).toBe('Stop everything');

    await item.click();
    const row = panel.locator('[data-testid="version-note"][data-note-key="section:summary"]');
    await expect.poll(() => row.getAttribute('data-state')).toBe('changed');
    expect(await row.textContent()).toMatch(/Overall summary.*Keep the live streams.*Changed/);
    await row.getByTestId('version-restore-note').click();
    await expect.poll(() => noteOf(b)).toBe('Keep the live streams');
    await expect.poll(() => row.getAttribute('data-state')).toBe('same');
    expect(await row.getByTestId('version-restore-note').count()).toBe(0);

    // A's own edit: A's undo puts back what was there before the restore, for everyone.
    await a.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect.poll(() => noteOf(b)).toBe('Stop everything');
    await expect.poll(() => row.getAttribute('data-state')).toBe('changed');
  });

  it('[VERSION-7] a viewer opens versions read-only: no save form, no restore buttons', async () => {
    const { boardId } = await versionedBoard();
    const { token } = await suite.server.share(boardId, 'viewer');
    // The share link's token replaces the facilitator one the helper gave this profile.
    const page = await suite.open(CY, boardId, '', { ...GOALS, token });
    await page.getByTestId('versions-toggle').click();
    const panel = page.getByTestId('versions-panel');
    await panel.getByTestId('version-item').first().waitFor();
    expect(await panel.getByTestId('version-name').count()).toBe(0);
    expect(await panel.textContent()).toMatch(/can open versions but not save or restore/);
    await panel.getByTestId('version-item').filter({ hasText: 'before the review meeting' }).click();
    await panel.locator('[data-testid="version-section"][data-section="goals"]').waitFor();
    expect(await panel.getByTestId('version-row').count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('version-restore-item').count()).toBe(0);
    expect(await panel.getByTestId('version-restore-section').count()).toBe(0);
  });

  it('[VERSION-9] the facilitator restores a member’s deleted comment thread from a version; an editor sees no restore', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const facilitatorToken = suite.server.tokenOf(boardId);
    const invited = await suite.server.api(
      `/api/boards/${boardId}/members`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bea', role: 'editor' }),
      },
      facilitatorToken,
    );
    const bea = (await invited.json()) as { member: { id: string; color: string }; token: string };
    const beaClient = suite.connect(boardId, { token: bea.token });
    const lead = suite.connect(boardId);
    await Promise.all([beaClient.synced, lead.synced]);
    const threadId = addThread(beaClient.doc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'Sales fell after the price change',
      author: 'Bea',
      authorId: bea.member.id,
      color: bea.member.color,
    });
    const threads = (doc: typeof lead.doc) => readBoard(doc).comments.map((thread) => thread.id);
    await expect.poll(() => threads(lead.doc)).toContain(threadId);
    const saved = await suite.server.api(
      `/api/boards/${boardId}/versions`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'with the thread' }),
      },
      facilitatorToken,
    );
    expect(saved.status).toBe(201);
    const versionId = ((await saved.json()) as { version: { id: string } }).version.id;
    const versionItem = (page: Page) =>
      page.getByTestId('versions-panel').locator(`[data-testid="version-item"][data-version-id="${versionId}"]`);
    lead.doc.getMap('comments').delete(threadId);
    await expect.poll(() => threads(beaClient.doc)).not.toContain(threadId);

    const pageA = await suite.open(ANA, boardId, '', GOALS);
    await pageA.getByTestId('versions-toggle').click();
    await versionItem(pageA).click();
    const section = pageA.locator('[data-testid="version-section"][data-section="comments"]');
    const row = section.locator(`[data-testid="version-thread"][data-thread-id="${threadId}"]`);
    await expect.poll(() => row.getAttribute('data-state')).toBe('deleted');
    expect(await row.textContent()).toMatch(/Sales fell after the price change/);
    await section.getByTestId('version-restore-threads').click();
    expect(await section.locator('[role="alertdialog"]').textContent()).toMatch(
      /brings back 1 deleted thread as they were, with everyone’s messages\. Messages and threads written since are kept/,
    );
    await section.getByTestId('version-restore-threads-confirm').click();
    // Bea's own message is back, for every client, under her id; the page's list of differences empties.
    await expect.poll(() => threads(beaClient.doc)).toContain(threadId);
    expect(readBoard(beaClient.doc).comments.find((t) => t.id === threadId)?.messages[0]?.authorId).toBe(bea.member.id);
    await expect.poll(() => row.count()).toBe(0);
    await pageA.getByRole('status').filter({ hasText: '1 comment thread restored' }).waitFor();

    // An editor's page lists the differences of a version but offers no restore of threads.
    lead.doc.getMap('comments').delete(threadId);
    const pageB = await suite.open(BO, boardId, '', {
      token: (await suite.server.share(boardId, 'editor')).token,
      ...GOALS,
    });
    await pageB.getByTestId('versions-toggle').click();
    await versionItem(pageB).click();
    const onB = pageB.locator('[data-testid="version-section"][data-section="comments"]');
    await onB.locator(`[data-testid="version-thread"][data-thread-id="${threadId}"]`).waitFor();
    expect(await onB.getByTestId('version-restore-threads').count()).toBe(0);
    expect(await onB.getByTestId('version-restore-thread').count()).toBe(0);
    expect(await onB.textContent()).toMatch(/Only the facilitator restores comment threads/);
  });
});
