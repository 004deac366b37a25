import type { Member } from '@balanza/api';
import { addMeasure, addThread, newId, readBoard } from '@balanza/model';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { browserSuite } from '../support/browser-suite.ts';
import { waitFor } from '../support/clients.ts';

const MEI = { name: 'Mei', color: '#0f766e' };

/**
 * What a browser keeps of a board it opened before: the link's token, and its copy of the board in IndexedDB, as
 * y-indexeddb keeps it (`balanza:board:<id>`, one update in the `updates` store).
 */
async function keepOnDevice(page: Page, boardId: string, link: string, copy: number[]) {
  await page.evaluate(
    async ({ boardId, link, copy }) => {
      localStorage.setItem('balanza.tokens', JSON.stringify({ [boardId]: link }));
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(`balanza:board:${boardId}`);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('updates', { autoIncrement: true });
          request.result.createObjectStore('custom');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction(['updates'], 'readwrite');
          transaction.objectStore('updates').add(new Uint8Array(copy));
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      });
    },
    { boardId, link, copy },
  );
}

describe('a page that wrote offline before it ever joined (Chromium)', () => {
  const suite = browserSuite();

  it('[MEMBER-7] its comment, written while it could not join, reaches the board as the member’s once it joins', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const { token: link } = await suite.server.share(boardId, 'editor');
    const observer = suite.connect(boardId);
    await observer.synced;
    addMeasure(observer.doc, { text: 'Free shipping over 99', column: 'keep' });
    await waitFor(() => readBoard(observer.doc).measures.length === 1, 'the card');
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');
    const refused = room.refusedCount;

    // Mei's browser holds the role link and a copy of the board kept from before (IndexedDB, as y-indexeddb
    // keeps it), and has never joined: the server cannot be reached.
    const page = await suite.newPage(MEI);
    await page.goto(`${suite.server.url}/`);
    const copy = Array.from(Y.encodeStateAsUpdate(observer.doc));
    await keepOnDevice(page, boardId, link, copy);
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${suite.server.url}/b/${boardId}/goals`);
    await page.locator('[data-testid="goal-row"]').first().waitFor();
    await page.locator('[data-testid="goal-row"]').first().getByTestId('goal-causes-toggle').click();
    const details = page.getByTestId('goal-details');
    await details.getByTestId('comment-new-input').fill('Written before I could join');
    await details.getByTestId('comment-new-send').click();
    await details
      .locator('[data-testid="comment-message"]')
      .filter({ hasText: 'Written before I could join' })
      .waitFor();
    const written = () =>
      readBoard(observer.doc)
        .comments.flatMap((thread) => thread.messages)
        .find((message) => message.text === 'Written before I could join');
    // Not connected under the role link meanwhile: the server has nothing of it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(written()).toBeUndefined();

    // The server answers again: the page joins, opens again as the member, and the comment goes through as theirs.
    await page.unroute('**/api/**');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitFor(() => written() !== undefined, 'the comment on the board', 15_000);
    const answer = await suite.server.api(`/api/boards/${boardId}/members`, {}, suite.server.tokenOf(boardId));
    const { members } = (await answer.json()) as { members: Member[] };
    const mei = members.find((member) => member.name === 'Mei');
    expect(mei).toBeDefined();
    expect(written()?.authorId).toBe(mei?.id);
    expect(room.refusedCount).toBe(refused);
    await page.locator('[data-testid="connection-state"][data-synced="true"]').waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => localStorage.getItem('balanza.provisionalMembers'))).toBe('{}');
  });

  it('[MEMBER-7] a comment kept on the device from before provisional ids, under the person’s own id, lands as the member’s', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', reviewedYear: 2026 });
    const { token: link } = await suite.server.share(boardId, 'editor');
    const observer = suite.connect(boardId);
    await observer.synced;
    const room = await suite.server.server.rooms.open(boardId);
    if (!room) throw new Error('no room');
    const refused = room.refusedCount;
    // The device's copy holds a comment the person wrote offline under their own id, never sent.
    const personId = newId();
    const copyDoc = new Y.Doc();
    Y.applyUpdate(copyDoc, Y.encodeStateAsUpdate(observer.doc));
    const threadId = addThread(copyDoc, {
      targetKind: 'section',
      targetId: 'goals',
      text: 'Kept on my laptop',
      author: 'Lin',
      authorId: personId,
      color: '#0f766e',
    });
    const page = await suite.newPage(MEI);
    await page.goto(`${suite.server.url}/`);
    await page.evaluate((identity) => localStorage.setItem('balanza.identity', JSON.stringify(identity)), {
      id: personId,
      name: 'Lin',
      color: '#0f766e',
    });
    await keepOnDevice(page, boardId, link, Array.from(Y.encodeStateAsUpdate(copyDoc)));

    await page.goto(`${suite.server.url}/b/${boardId}/goals`);
    await waitFor(() => readBoard(observer.doc).comments.some((t) => t.id === threadId), 'the kept comment', 15_000);
    expect(readBoard(observer.doc).comments.find((t) => t.id === threadId)?.messages[0]?.authorId).toBe(personId);
    const answer = await suite.server.api(`/api/boards/${boardId}/members`, {}, suite.server.tokenOf(boardId));
    const { members } = (await answer.json()) as { members: Member[] };
    expect(members.find((member) => member.id === personId)?.name).toBe('Lin');
    expect(room.refusedCount).toBe(refused);
  });
});
