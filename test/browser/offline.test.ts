import { addMeasure, eventNoteKey, getNote, readBoard } from '@balanza/model';
import { openSqliteStore } from '@balanza/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANA, BO, browserSuite, CY, type TestUser } from '../support/browser-suite.ts';
import { waitFor, waitForValue } from '../support/clients.ts';

/** A number as an input shows it: maybe a currency sign or unit before it, maybe decimals. */
const shows = (value: number) => new RegExp(`^\\D*${value}([.,]0+)?\\D*$`);

describe('offline: edits kept on the device, merged on reconnect; the app opens without a server (Chromium)', () => {
  const suite = browserSuite();

  /** A new board with a measure in Keep: its id, its first two goals and the 618 event. */
  async function newBoard(title: string) {
    const boardId = await suite.server.createBoard({ title, reviewedYear: 2026 });
    const reader = suite.connect(boardId);
    await reader.synced;
    const measureId = addMeasure(reader.doc, { text: 'Free shipping over 99', column: 'keep' });
    const board = readBoard(reader.doc);
    await waitForValue(
      () => suite.server.stored(boardId),
      (stored) => stored.measures.length > 0,
      'the seeded measure on the server',
    );
    reader.destroy();
    const [goalA, goalB] = board.goals.map((goal) => goal.id) as [string, string];
    const eventId = (board.events.find((event) => event.title.startsWith('618')) ?? board.events[0])?.id as string;
    return { boardId, goalA, goalB, eventId, measureId };
  }
  /** A test that stops the suite's server has it started again after it, even when it fails half-way. */
  function restartAfterTest() {
    suite.onCleanup(async () => {
      if (!suite.server.running) await suite.server.restart();
    });
  }

  async function openBoard(user: TestUser, boardId: string): Promise<Page> {
    const page = await suite.open(user, boardId, '', { ready: '[data-testid="goal-row"]' });
    await page.locator('[data-testid="connection-state"][data-synced="true"]').waitFor();
    // The service worker has installed and controls the page (it claims clients on activation).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    return page;
  }
  const badge = (page: Page) => page.getByTestId('connection-state');
  const goalCell = (page: Page, goalId: string, field: 'target' | 'actual') =>
    page.locator(`[data-testid="goal-row"][data-goal-id="${goalId}"]`).getByTestId(`goal-${field}`);
  const setGoal = async (page: Page, goalId: string, field: 'target' | 'actual', value: string) => {
    await goalCell(page, goalId, field).fill(value);
    await goalCell(page, goalId, field).press('Enter');
  };
  const openSection = async (page: Page, boardId: string, section: string) => {
    await page.locator(`a.rail-link[href="/b/${boardId}/${section}"]`).click();
  };
  const openEvent = async (page: Page, eventId: string) => {
    await page.locator(`[data-testid="timeline-event"][data-event-id="${eventId}"]`).click();
    await page.getByTestId('event-panel').waitFor();
  };
  const noteEditor = (page: Page) => page.getByTestId('event-panel').getByTestId('note-editor');
  const measureCard = (page: Page, measureId: string) =>
    page.locator(`[data-testid="measure-card"][data-measure-id="${measureId}"]`);

  it('[OFFLINE-1][OFFLINE-4][OFFLINE-5] A edits goals, an event title and its note, and moves a measure offline while B edits online; on reconnect both have everything, and so does the server', async () => {
    const { boardId, goalA, goalB, eventId, measureId } = await newBoard('Offline 2026');
    const pageA = await openBoard(ANA, boardId);
    const pageB = await openBoard(BO, boardId);
    const contextA = pageA.context();
    await contextA.setOffline(true);
    await expect.poll(() => badge(pageA).getAttribute('data-state')).toBe('offline');

    // A, offline: numbers in the goals table…
    await setGoal(pageA, goalA, 'target', '950');
    await setGoal(pageA, goalA, 'actual', '870');
    await expect.poll(async () => Number(await badge(pageA).getAttribute('data-pending'))).toBeGreaterThanOrEqual(2);
    expect(await pageA.getByTestId('connection-pending').textContent()).toMatch(/\d+ changes waiting/);
    // …an event's title and its rich-text note, in the timeline.
    await openSection(pageA, boardId, 'timeline');
    await openEvent(pageA, eventId);
    await pageA.getByTestId('event-title').fill('618 offline title');
    await pageA.getByTestId('event-title').press('Enter');
    await noteEditor(pageA).click();
    await pageA.keyboard.type('Typed on the train.');

    // B, online meanwhile: another goal, another field of the same event, the same note.
    await setGoal(pageB, goalB, 'actual', '777');
    await openSection(pageB, boardId, 'timeline');
    await openEvent(pageB, eventId);
    await pageB.getByTestId('event-spend').fill('321');
    await pageB.getByTestId('event-spend').press('Enter');
    await noteEditor(pageB).click();
    await pageB.keyboard.type('Bo was online.');

    // The server has B's edits and none of A's: A really is cut off.
    const watcher = suite.connect(boardId);
    await watcher.synced;
    const noteOnServer = () => getNote(watcher.doc, eventNoteKey(eventId))?.toString() ?? '';
    await waitFor(() => noteOnServer().includes('Bo was online.'), "B's note on the server");
    const whileApart = readBoard(watcher.doc);
    expect(whileApart.goals.find((goal) => goal.id === goalB)?.actual).toBe(777);
    expect(whileApart.goals.find((goal) => goal.id === goalA)?.target).not.toBe(950);
    expect(whileApart.events.find((event) => event.id === eventId)?.title).not.toBe('618 offline title');
    expect(noteOnServer()).not.toContain('Typed on the train.');
    expect(whileApart.measures.find((card) => card.id === measureId)?.column).toBe('keep');
    expect(await noteEditor(pageA).textContent()).not.toContain('Bo was online.');
    // Still offline, A moves a measure from keep to change with the keyboard.
    await openSection(pageA, boardId, 'measures');
    await measureCard(pageA, measureId).getByTestId('measure-handle').focus();
    const heard = () => pageA.locator('[role="status"][aria-live]').allTextContents();
    await pageA.keyboard.press('Space');
    await expect.poll(heard).toEqual(expect.arrayContaining([expect.stringMatching(/Picked up/)]));
    await pageA.keyboard.press('ArrowRight');
    await expect.poll(heard).toEqual(expect.arrayContaining([expect.stringMatching(/is over Change/)]));
    await pageA.keyboard.press('Space');
    await expect.poll(() => measureCard(pageA, measureId).getAttribute('data-column')).toBe('change');
    const waiting = Number(await badge(pageA).getAttribute('data-pending'));
    expect(waiting).toBeGreaterThan(2);

    // A is back: everything merges, and the badge says synced with nothing waiting.
    await contextA.setOffline(false);
    await pageA.locator('[data-testid="connection-state"][data-synced="true"]').waitFor({ timeout: 10_000 });
    expect(await badge(pageA).getAttribute('data-pending')).toBe('0');
    expect(await badge(pageA).textContent()).toMatch(/Synced/);

    for (const page of [pageA, pageB]) {
      await openSection(page, boardId, 'timeline');
      await openEvent(page, eventId);
      await expect.poll(() => noteEditor(page).textContent()).toContain('Typed on the train.');
      expect(await noteEditor(page).textContent()).toContain('Bo was online.');
      await expect.poll(() => page.getByTestId('event-title').inputValue()).toBe('618 offline title');
      await expect.poll(() => page.getByTestId('event-spend').inputValue()).toMatch(shows(321));
      await openSection(page, boardId, 'measures');
      await expect.poll(() => measureCard(page, measureId).getAttribute('data-column')).toBe('change');
      await openSection(page, boardId, 'goals');
      await expect.poll(() => goalCell(page, goalA, 'target').inputValue()).toMatch(shows(950));
      expect(await goalCell(page, goalA, 'actual').inputValue()).toMatch(shows(870));
      expect(await goalCell(page, goalB, 'actual').inputValue()).toMatch(shows(777));
    }
    await waitFor(() => noteOnServer().includes('Typed on the train.'), "A's note on the server");
    watcher.destroy();

    // What the server persisted (read back from its SQLite file after a clean stop) has both.
    restartAfterTest();
    await suite.server.stop();
    const store = openSqliteStore({ dataDir: suite.server.dataDir });
    suite.onCleanup(() => store.close());
    const stored = await store.load(boardId);
    const persisted = new Y.Doc();
    for (const update of stored?.updates ?? []) Y.applyUpdate(persisted, update);
    const board = readBoard(persisted);
    expect(board.goals.find((goal) => goal.id === goalA)).toMatchObject({ target: 950, actual: 870 });
    expect(board.goals.find((goal) => goal.id === goalB)).toMatchObject({ actual: 777 });
    expect(board.measures.find((card) => card.id === measureId)?.column).toBe('change');
    expect(board.events.find((event) => event.id === eventId)).toMatchObject({
      title: '618 offline title',
      spend: 321,
    });
    const note = getNote(persisted, eventNoteKey(eventId))?.toString() ?? '';
    expect(note).toContain('Typed on the train.');
    expect(note).toContain('Bo was online.');
  }, 60_000);

  it('[OFFLINE-2][OFFLINE-3][OFFLINE-4] with the server down, a reload opens the app and the board from this device; edits wait, and the home page lists the board as on this device', async () => {
    const { boardId, goalA } = await newBoard('Offline 2026');
    const pageA = await openBoard(ANA, boardId);
    const pageB = await openBoard(BO, boardId);
    // A's device holds the board with a target stored while online.
    await setGoal(pageA, goalA, 'target', '950');
    await waitForValue(
      () => suite.server.stored(boardId),
      (stored) => stored.goals.find((goal) => goal.id === goalA)?.target === 950,
      'the target on the server',
    );
    restartAfterTest();
    await suite.server.stop();
    await pageA.reload();
    await goalCell(pageA, goalA, 'target').waitFor();
    expect(await goalCell(pageA, goalA, 'target').inputValue()).toMatch(shows(950));
    expect(await badge(pageA).getAttribute('data-state')).toBe('offline');
    await setGoal(pageA, goalA, 'actual', '880');
    await expect.poll(() => pageA.getByTestId('connection-pending').textContent()).toMatch(/changes? waiting/);

    await pageA.locator('.topbar a[href="/"]').first().click();
    await pageA.getByTestId('home-offline-notice').waitFor();
    const listed = pageA
      .locator(`[data-testid="board-link"][href="/b/${boardId}"]`)
      .filter({ hasText: 'Offline 2026' });
    await listed.getByTestId('board-on-device').waitFor();

    // The server comes back on the same port: the waiting edit arrives.
    await suite.server.restart();
    await listed.click();
    await pageA.locator('[data-testid="connection-state"][data-synced="true"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => goalCell(pageB, goalA, 'actual').inputValue(), { timeout: 10_000 }).toMatch(shows(880));
  }, 60_000);

  it('[OFFLINE-6] when this device refuses to store the copy (storage quota), the badge says so; edits still reach the server', async () => {
    const { boardId, goalB } = await newBoard('Quota 2026');
    const pageB = await openBoard(BO, boardId);
    const page = await suite.newPage(CY);
    // Chromium's DevTools protocol shrinks this origin's storage quota to nothing: IndexedDB writes fail.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: suite.server.url, quotaSize: 1 });
    await page.goto(`${suite.server.url}/b/${boardId}`);
    await page.locator('[data-testid="connection-state"][data-synced="true"]').waitFor();
    await setGoal(page, goalB, 'target', '654');
    await page.getByTestId('connection-unsaved').waitFor();
    expect(await page.getByTestId('connection-unsaved').textContent()).toBe('Not saved on this device');
    await expect.poll(() => goalCell(pageB, goalB, 'target').inputValue()).toMatch(shows(654));
    // Where storage works, nothing is flagged.
    expect(await pageB.getByTestId('connection-unsaved').count()).toBe(0);
  });
});
