import { reviewMetrics } from '@balanza/metrics';
import { getNote, readBoard, sectionNoteKey, updateGoal } from '@balanza/model';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ANA, BO, browserSuite, CY } from '../support/browser-suite.ts';
import { waitFor } from '../support/clients.ts';
import { demoBoard } from '../support/demo-board.ts';

/** The chapters a review board's report shows, in order (a plan year's board adds its plan). */
const CHAPTERS = [
  'Goals and deviations',
  'Input and output',
  'Non-money results',
  'The year as a timeline',
  'Dashboard',
  'Reflection notes',
  'Measures: keep, change, add',
  'Comment threads',
];
const SUMMARY_NOTE = 'We grew, but 618 taught us to start early.';
const PHONE = { width: 390, height: 844 };
/** A4's printable width at 96 dpi with the report's page margins (210 mm − 2 × 12 mm). */
const A4_PRINT_WIDTH = 703;
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** Writes a note as the editor stores it: a heading, then a paragraph with a bold run. */
function writeSummary(doc: Y.Doc, words: string) {
  const note = getNote(doc, sectionNoteKey('summary'));
  if (!note) throw new Error('the board has no summary note');
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', 2 as unknown as string);
  const title = new Y.XmlText();
  heading.insert(0, [title]);
  const paragraph = new Y.XmlElement('paragraph');
  const body = new Y.XmlText();
  paragraph.insert(0, [body]);
  note.insert(note.length, [heading, paragraph]);
  title.insert(0, 'The year in one line');
  body.insert(0, words, { bold: {} });
}

/** Elements whose right edge passes the viewport's, with a selector-like name for each (at most 10). */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''
      }.${Array.from(element.classList).join('.')}`;
    const wide = Array.from(document.querySelectorAll('body *'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((element) => `${name(element)} right=${Math.round(element.getBoundingClientRect().right)}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10) };
  });

describe('the report page (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  /** The demo board's figures, computed by @balanza/metrics from the board as stored. */
  let figures: { salesAttainment: string; roi: string; salesLabel: string; salesTarget: number };

  beforeAll(async () => {
    boardId = await demoBoard(suite);
    const writer = suite.connect(boardId);
    await writer.synced;
    writeSummary(writer.doc, SUMMARY_NOTE);
    const board = readBoard(writer.doc);
    const metrics = reviewMetrics(board);
    const sales = metrics.goals.items.find((goal) => board.goals.find((g) => g.id === goal.id)?.kind === 'sales');
    if (!sales?.attainment.ok || !metrics.ledger.totals.roi.ok) throw new Error('the demo board has no sales or ROI');
    const target = board.goals.find((goal) => goal.id === sales.id)?.target ?? null;
    if (target === null) throw new Error('the demo board has no sales target');
    figures = {
      salesLabel: sales.label,
      salesTarget: target,
      salesAttainment: percent.format(sales.attainment.value),
      roi: percent.format(metrics.ledger.totals.roi.value),
    };
    const reader = suite.connect(boardId);
    await waitFor(
      () => (getNote(reader.doc, sectionNoteKey('summary'))?.toString() ?? '').includes(SUMMARY_NOTE),
      'the summary note to reach the server',
    );
  });

  const openReport = (user = ANA, token?: string) =>
    suite.open(user, boardId, 'report', { ready: '[data-testid="report-comments"]', ...(token ? { token } : {}) });

  it('[REPORT-1][REPORT-2][REPORT-6] printed, it has every chapter with its figures and formulas, no controls, a page per chapter, and no cut table', async () => {
    const page = await openReport();
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: A4_PRINT_WIDTH, height: 1000 });

    const headings = await page.locator('.report-chapter > h2').allTextContents();
    expect(headings).toEqual(CHAPTERS);
    // The demo's figures, each beside its formula.
    const sales = page.getByTestId('report-goal').filter({ hasText: figures.salesLabel });
    expect(await sales.getByTestId('goal-attainment').textContent()).toBe(figures.salesAttainment);
    expect(await page.getByTestId('report-ledger').getByTestId('roi').textContent()).toBe(figures.roi);
    const goalFormulas = await page.getByTestId('report-goals').getByTestId('report-formulas').textContent();
    expect(goalFormulas).toContain('Attainment = actual ÷ target');
    const ledgerFormulas = await page.getByTestId('report-ledger').getByTestId('report-formulas').textContent();
    expect(ledgerFormulas).toContain('ROI = (output − input) ÷ input');
    // The causes, a campaign's verdict, the summary note (rich text, read-only), a measure and the demo's thread.
    expect(await sales.textContent()).toContain('The 618 pre-sale started late');
    expect(await page.getByTestId('report-campaigns').textContent()).toMatch(/Shortfall/);
    expect(await page.getByTestId('report-note-summary').locator('strong').textContent()).toBe(SUMMARY_NOTE);
    expect(await page.getByTestId('report-measures-add').textContent()).toContain('membership programme');
    expect(await page.getByTestId('report-threads-open').textContent()).toContain('Why did 618 miss by 21%?');

    // Printed: no bar, no button, black text on white, each chapter starts a page, no table wider than the page.
    expect(await page.locator('.report-topbar').isVisible()).toBe(false);
    expect(await page.locator('button:visible, input:visible, select:visible, textarea:visible').count()).toBe(0);
    const print = await page.evaluate(() => {
      const chapter = document.querySelector('.report-chapter') as Element;
      const tables = Array.from(document.querySelectorAll('.report-table'));
      return {
        breakBefore: getComputedStyle(chapter).breakBefore,
        color: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        widestTable: Math.max(...tables.map((table) => table.getBoundingClientRect().right)),
        tables: tables.length,
        width: document.documentElement.clientWidth,
      };
    });
    expect(print).toMatchObject({ breakBefore: 'page', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    expect(print.tables).toBeGreaterThan(3);
    expect(print.widestTable).toBeLessThanOrEqual(print.width);

    // The PDF Chromium makes of it: a title page, then at least a page per chapter, each chapter's heading
    // at the top of a page, and the figures and the note in its text.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(50_000);
    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    expect(totalPages).toBeGreaterThanOrEqual(CHAPTERS.length + 1);
    const pageStarts = text.map((pageText) => pageText.trimStart());
    for (const chapter of CHAPTERS) expect(pageStarts.some((start) => start.startsWith(chapter))).toBe(true);
    const all = text.join('\n');
    for (const figure of [figures.salesAttainment, figures.roi, SUMMARY_NOTE, 'ROI = (output − input) ÷ input'])
      expect(all).toContain(figure);
    expect(all).not.toContain('Print / Save as PDF');
  }, 60_000);

  it('[REPORT-3] at 390×844 nothing is wider than the phone: tables become cards and long words break', async () => {
    const page = await openReport();
    await page.setViewportSize(PHONE);
    // A word longer than the phone is wide, in a cause the report shows.
    const writer = suite.connect(boardId);
    await writer.synced;
    const board = readBoard(writer.doc);
    const long = `https://shop.example/${'campaign-report-'.repeat(8)}`;
    const goal = board.goals.find((g) => g.label === figures.salesLabel);
    if (!goal) throw new Error('no sales goal');
    updateGoal(writer.doc, goal.id, { objectiveCause: long });
    await expect.poll(() => page.getByTestId('report-goals').textContent()).toContain(long);
    await page.locator('[data-testid="attainment-chart"] svg').first().waitFor();

    const layout = await overflowing(page);
    expect(layout.wide).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    // Stacked: the goals table's head is hidden and each value shows its column's name.
    expect(await page.locator('[data-testid="report-goals-table"] thead').isVisible()).toBe(false);
    const label = await page
      .getByTestId('report-goal')
      .first()
      .getByTestId('goal-attainment')
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toBe('"Attainment"');
  }, 60_000);

  it('[REPORT-4] live: an edit made in another browser, and a note written elsewhere, show in the report without a reload', async () => {
    const report = await openReport();
    const editor = await suite.open(BO, boardId, 'goals', {
      token: (await suite.server.share(boardId, 'editor')).token,
      ready: '[data-testid="goal-row"]',
    });
    const row = editor
      .locator('[data-testid="goal-row"]')
      .filter({ has: editor.locator(`[data-testid="goal-label"][value="${figures.salesLabel}"]`) });
    await row.getByTestId('goal-actual').fill(String(figures.salesTarget * 1.25));
    await row.getByTestId('goal-actual').press('Enter');

    const sales = report.getByTestId('report-goal').filter({ hasText: figures.salesLabel });
    await expect.poll(() => sales.getByTestId('goal-attainment').textContent()).toBe(percent.format(1.25));
    expect(await sales.getByTestId('goal-status').getAttribute('data-status')).toBe('hit');
    // A note written elsewhere shows too, as rich text.
    const writer = suite.connect(boardId);
    await writer.synced;
    writeSummary(writer.doc, 'Written while the report was open.');
    await expect
      .poll(() => report.getByTestId('report-note-summary').locator('strong').allTextContents())
      .toContain('Written while the report was open.');
    // The dashboard's chart in the report follows too.
    await expect
      .poll(() => report.getByTestId('report-dashboard').getByTestId('attainment-label').allTextContents())
      .toContain(`✓ ${percent.format(1.25)}`);
  }, 60_000);

  it('[REPORT-5] a viewer opens it from the board, finds only Print and links, prints, and goes back', async () => {
    const token = (await suite.server.share(boardId, 'viewer')).token;
    const page = await suite.open(CY, boardId, 'goals', { token, ready: '[data-testid="goal-row"]' });
    await page.getByTestId('report-open').click();
    await page.getByTestId('report-comments').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/b/${boardId}/report`);

    const controls = await page.evaluate(() =>
      Array.from(
        document.querySelectorAll('button, input, select, textarea, [contenteditable="true"], [role="textbox"]'),
      ).map((element) => element.getAttribute('data-testid') ?? element.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual(['report-print']);
    expect(await page.getByTestId('report-goal').count()).toBeGreaterThan(0);

    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByTestId('report-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.getByTestId('report-back').click();
    await page.locator('.rail-link').first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/b/${boardId}`);
  }, 60_000);

  it('[REPORT-5] a viewer link opens the report directly, read-only', async () => {
    const token = (await suite.server.share(boardId, 'viewer')).token;
    const page = await suite.newPage(CY);
    await page.goto(`${suite.server.url}/b/${boardId}/report#token=${encodeURIComponent(token)}`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.getByTestId('report-comments').waitFor();
    expect(await page.getByTestId('report-goal').count()).toBeGreaterThan(0);
    expect(await page.locator('button').count()).toBe(1);
  }, 60_000);
});
