import { readBoard, removeGoal } from '@balanza/model';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from '../support/browser-suite.ts';

/** What a hostile page or document could put on the clipboard. */
const HOSTILE_HTML = [
  '<h2>Plan 2027</h2>',
  '<ul><li>First point</li><li>Second point</li></ul>',
  '<p>Read <a href="https://shop.example/report">the report</a> and <a href="javascript:window.__pwned=1">this</a>.</p>',
  '<img src="x" onerror="window.__pwned=2">',
  '<script>window.__pwned=3</script>',
  '<p onclick="window.__pwned=4" style="color:red"><strong>Bold</strong> and <em>italic</em></p>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
].join('');

describe('reflection notes, live in two browsers (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let pageA: Page;
  let pageB: Page;

  beforeAll(async () => {
    ({ boardId, pageA, pageB } = await suite.pair('notes'));
  });

  /** Scripts, handlers, unsafe links, images and styles — ProseMirror's own separator and the carets aside. */
  const hostileNodes = (editor: Locator) =>
    editor.evaluate(
      (element) =>
        element.querySelectorAll(
          'script, [onerror], [onclick], a[href^="javascript:"], a[href^="data:"], img:not(.ProseMirror-separator), [style]:not([class^="collaboration-carets__"])',
        ).length,
    );
  const summary = (page: Page) => page.getByTestId('section-note-summary').getByTestId('note-editor');

  it('[NOTES-1][NOTES-2] text typed in A appears in B, with A’s caret labelled with her name', async () => {
    await summary(pageA).click();
    await pageA.keyboard.type('Hello from Ana');
    await expect.poll(() => summary(pageB).textContent()).toContain('Hello from Ana');
    const caretLabel = pageB.locator('.collaboration-carets__label', { hasText: 'Ana' });
    await caretLabel.waitFor();
    expect(await caretLabel.isVisible()).toBe(true);
  });

  it('[NOTES-3] a mention picked with @ shows the goal’s current name, live after a rename, and marks it deleted', async () => {
    await summary(pageA).click();
    await pageA.keyboard.press('End');
    await pageA.keyboard.type(' about @sale');
    const option = pageA.getByTestId('mention-option').filter({ hasText: 'Sales' });
    await option.waitFor();
    await pageA.keyboard.press('Enter');
    const chipA = summary(pageA).getByTestId('mention-chip');
    const chipB = summary(pageB).getByTestId('mention-chip');
    await expect.poll(() => chipB.textContent()).toContain('Sales');
    expect(await chipA.getAttribute('data-kind')).toBe('goal');

    // B renames the goal in the Goals section; A's chip follows.
    await pageB.goto(`${suite.server.url}/b/${boardId}/goals`);
    const label = pageB.locator('[data-testid="goal-row"]').first().getByTestId('goal-label');
    await label.fill('Gross sales');
    await label.press('Enter');
    await expect.poll(() => chipA.textContent()).toContain('Gross sales');
    expect(await chipA.getAttribute('data-deleted')).toBeNull();

    // The goal is deleted by someone else: the chip stays, marked deleted in words.
    const client = suite.connect(boardId);
    await client.synced;
    const goalId = readBoard(client.doc).goals.find((goal) => goal.label === 'Gross sales')?.id as string;
    removeGoal(client.doc, goalId);
    await expect.poll(() => chipA.getAttribute('data-deleted')).toBe('true');
    expect(await chipA.textContent()).toContain('deleted');
  });

  it('[NOTES-5] pasted hostile HTML keeps its structure but brings no script, handler or unsafe link', async () => {
    await pageA.getByTestId('notes-tab-ledger').click();
    const editor = pageA.getByTestId('section-note-ledger').getByTestId('note-editor');
    await editor.click();
    await editor.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'fallback');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, HOSTILE_HTML);
    await editor.locator('li', { hasText: 'Second point' }).waitFor();
    const html = await editor.innerHTML();
    expect(html).toContain('<h2');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('href="https://shop.example/report"');
    for (const forbidden of ['<script', 'onerror', 'onclick', 'javascript:', 'data:text', 'style="color'])
      expect(html).not.toContain(forbidden);
    expect(await hostileNodes(editor)).toBe(0);
    // The unsafe links keep their words only.
    expect(await editor.textContent()).toContain('this');
    expect(await pageA.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // And what reached the other browser is the same clean note.
    const otherNote = pageB.getByTestId('reflection-ledger');
    await pageB.goto(`${suite.server.url}/b/${boardId}/ledger`);
    await otherNote.getByTestId('reflection-toggle').click();
    const otherEditor = otherNote.getByTestId('note-editor');
    await otherEditor.locator('li', { hasText: 'Second point' }).waitFor();
    const otherHtml = await otherEditor.innerHTML();
    for (const forbidden of ['<script', 'onerror', 'onclick', 'javascript:'])
      expect(otherHtml).not.toContain(forbidden);
    expect(await hostileNodes(otherEditor)).toBe(0);
    expect(await pageB.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('[NOTES-6] the formatting toolbar is one Tab stop; arrows move inside it and Tab returns to the last used', async () => {
    const focused = () => pageA.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    const toolbar = pageA.getByTestId('section-note-summary').getByRole('toolbar');
    await pageA.getByTestId('notes-tab-summary').click();
    await summary(pageA).click();
    await pageA.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('note-bold');
    await pageA.keyboard.press('ArrowRight');
    expect(await focused()).toBe('note-italic');
    await pageA.keyboard.press('ArrowLeft');
    await pageA.keyboard.press('ArrowLeft');
    // Wraps to the last button (the mention button: this note offers mentions).
    expect(await focused()).toBe('note-mention');
    await pageA.keyboard.press('Home');
    await pageA.keyboard.press('ArrowRight');
    // One Tab stop: Tab leaves the toolbar for the editor, Shift+Tab comes back to the button used last.
    expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);
    await pageA.keyboard.press('Tab');
    expect(await summary(pageA).evaluate((editor) => editor.contains(document.activeElement))).toBe(true);
    await pageA.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('note-italic');
  });

  it('[NOTES-4] a link typed in the toolbar must be http, https or mailto', async () => {
    await pageA.getByTestId('notes-tab-timeline').click();
    const editor = pageA.getByTestId('section-note-timeline').getByTestId('note-editor');
    await editor.click();
    await pageA.keyboard.type('campaign recap');
    await pageA.keyboard.press('Shift+Home');
    await pageA.getByTestId('note-link').click();
    await pageA.getByTestId('note-link-input').fill('javascript:alert(1)');
    await pageA.getByTestId('note-link-input').press('Enter');
    await pageA.getByRole('alert').filter({ hasText: 'http, https or mailto' }).waitFor();
    expect(await editor.locator('a').count()).toBe(0);
    await pageA.getByTestId('note-link-input').fill('shop.example/618');
    await pageA.getByTestId('note-link-input').press('Enter');
    await expect.poll(() => editor.locator('a').getAttribute('href')).toBe('https://shop.example/618');
  });
});
