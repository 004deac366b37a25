/**
 * Exports from the board page and the import from the home page, in Chromium ([EXPORT-9], [EXPORT-6]): each
 * format downloads from the Export menu, built in the page; a JSON export imported from the home page opens as
 * a new board with the same title. The menu and the import meet no serious accessibility violation ([A11Y-1]).
 */
import { readFileSync } from 'node:fs';
import { addGoal, readBoard } from '@balanza/model';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditAccessibility } from '../support/accessibility.ts';
import { ANA, BO, browserSuite } from '../support/browser-suite.ts';

describe('exports and import in the page (Chromium)', () => {
  const suite = browserSuite();

  async function download(page: Page, format: string) {
    await page.getByTestId('export-open').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
  }

  it('[EXPORT-9] a viewer downloads each format from the Export menu; a JSON import opens the same board anew', {
    timeout: 60_000,
  }, async () => {
    const title = 'Repaso 2026 <i>ñ</i>';
    const boardId = await suite.server.createBoard({ title, reviewedYear: 2026, locale: 'es', currency: 'EUR' });
    const client = suite.connect(boardId);
    await client.synced;
    addGoal(client.doc, { label: '=1+1 年度', unit: 'money', target: 1500, actual: 1200 });
    const viewer = (await suite.server.share(boardId, 'viewer')).token;
    const page = await suite.open(BO, boardId, 'goals', { token: viewer });
    // The template's seven goals and the one added: the page holds the edit before it exports.
    await expect.poll(() => page.getByTestId('goal-row').count()).toBe(8);

    const markdown = await download(page, 'markdown');
    expect(markdown.name).toBe('Repaso 2026 - i - ñ - i.md');
    const text = new TextDecoder().decode(markdown.bytes);
    expect(text).toContain('# Repaso 2026 \\<i\\>ñ\\</i\\>');
    expect(text).toContain('## Objetivos');

    const csv = await download(page, 'csv');
    expect(csv.name).toBe('Repaso 2026 - i - ñ - i.csv.zip');
    const goals = new TextDecoder('utf-8', { ignoreBOM: true }).decode(unzipSync(csv.bytes)['goals.csv']);
    expect(goals.startsWith('\uFEFF')).toBe(true);
    expect(goals).toContain("'=1+1 年度");

    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toBe('Repaso 2026 - i - ñ - i.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Objetivos');
    const row = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).value === "'=1+1 年度");
    expect(row?.getCell(4).value).toBe(1500);
    expect(String(row?.getCell(4).numFmt)).toContain('€');

    const json = await download(page, 'json');
    expect(json.name).toBe('Repaso 2026 - i - ñ - i.json');
    const exported = JSON.parse(new TextDecoder().decode(json.bytes));
    expect(exported).toMatchObject({ format: 'balanza-board', version: 1, board: { meta: { title } } });

    // Ana imports the file on her home page: a new board opens, with the same title and goals.
    const home = await suite.newPage(ANA);
    await home.goto(suite.server.url);
    await home.getByTestId('import-board-file').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: Buffer.from(json.bytes),
    });
    await home.waitForURL((url) => /^\/b\/[a-z0-9]+/.test(url.pathname) && !url.pathname.includes(boardId));
    await expect.poll(() => home.locator('.board-heading-title').textContent()).toBe(title);
    const newId = new URL(home.url()).pathname.split('/')[2] as string;
    // The page kept the new board's facilitator token, as for a board made from the form.
    const tokens = JSON.parse((await home.evaluate(() => localStorage.getItem('balanza.tokens'))) ?? '{}');
    const answer = await suite.server.api(`/api/boards/${newId}`, {}, tokens[newId]);
    const imported = (await answer.json()) as { snapshot: ReturnType<typeof readBoard>; role: string };
    expect(imported.role).toBe('facilitator');
    expect(imported.snapshot.goals).toEqual(readBoard(client.doc).goals);
  });

  it('[EXPORT-6] a file that is not an export is refused on the home page, and no board opens', async () => {
    const home = await suite.newPage(ANA);
    await home.goto(suite.server.url);
    await home.getByTestId('import-board-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ hello: 'world' })),
    });
    await expect.poll(() => home.getByRole('alert').textContent()).toMatch(/not a Balanza board export/);
    expect(new URL(home.url()).pathname).toBe('/');
    expect(await auditAccessibility(home)).toEqual([]);
  });

  it('[EXPORT-9][A11Y-1] the Export menu opens and closes from the keyboard and meets no serious violation', async () => {
    const boardId = await suite.server.createBoard({ title: 'Keys', reviewedYear: 2026 });
    const page = await suite.open(ANA, boardId, 'goals');
    await page.getByTestId('export-open').focus();
    await page.keyboard.press('Enter');
    // The first format has the focus; Tab walks the others.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('export-markdown');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-csv');
    expect(await page.getByTestId('export-open').getAttribute('aria-expanded')).toBe('true');
    expect(await auditAccessibility(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('export-markdown').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-open');
  });

  it('[EXPORT-9][OFFLINE-2] offline, the page still exports its board, the spreadsheet included', async () => {
    const boardId = await suite.server.createBoard({ title: 'Offline export', reviewedYear: 2026, currency: 'EUR' });
    const page = await suite.open(ANA, boardId, 'goals', { ready: '[data-testid="goal-row"]' });
    // The service worker controls the page: it has every built file, the spreadsheet's chunk too.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.context().setOffline(true);
    await expect.poll(() => page.getByTestId('connection-state').getAttribute('data-state')).toBe('offline');
    const xlsx = await download(page, 'xlsx');
    expect(xlsx.name).toBe('Offline export.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes.buffer as ArrayBuffer);
    expect(book.getWorksheet('Goals')?.rowCount).toBe(8);
    expect((await download(page, 'markdown')).name).toBe('Offline export.md');
  });
});
