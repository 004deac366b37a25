/**
 * Import from a CSV or Excel file in the board page, in Chromium ([IMPORT-1..5]): a file with a bad row shows
 * that row's problem and applies nothing; a good file applies exactly its rows, as one step the other page sees
 * and undo takes back; the columns chosen by hand are offered again for the next file of the board.
 */
import { readBoard } from '@balanza/model';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditAccessibility } from '../support/accessibility.ts';
import { BO, browserSuite } from '../support/browser-suite.ts';

const csv = (text: string) => ({ name: 'shop.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });

describe('import from a file in the page (Chromium)', () => {
  const suite = browserSuite();

  async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
    if ((await page.getByTestId('import-dialog').count()) === 0) await page.getByTestId('import-open').click();
    await page.getByTestId('import-file').setInputFiles(file);
  }

  it('[IMPORT-2][IMPORT-4] a bad row blocks the import; a good file lands once for everyone; undo takes it back', {
    timeout: 90_000,
  }, async () => {
    const { boardId, pageA, pageB } = await suite.pair('goals', '[data-testid="goal-row"]');
    const client = suite.connect(boardId);
    await client.synced;
    const goals = () => readBoard(client.doc).goals;
    const sales = () => goals().find((goal) => goal.kind === 'sales');

    await chooseFile(pageB, csv('Goal,Actual\r\nSales,1200\r\nNew customers,lots\r\n'));
    const problems = pageB.getByTestId('import-problems');
    await expect.poll(() => problems.locator('tr[data-row="3"]').textContent()).toContain('lots');
    expect(await problems.locator('tr[data-row="3"]').textContent()).toMatch(/B · Actual.*not a number.*1,234\.50/);
    expect(await pageB.getByTestId('import-apply').isDisabled()).toBe(true);
    expect(await auditAccessibility(pageB)).toEqual([]);

    // The good file: a column named as nobody guesses, mapped by hand.
    await chooseFile(pageB, csv('KPI;Done;Target\r\nVentas;1,200;1500\r\nLive GMV;300;\r\n'));
    await pageB.locator('[data-testid="import-columns"] select[data-field="label"]').selectOption('KPI');
    await pageB.locator('[data-testid="import-columns"] select[data-field="actual"]').selectOption('Done');
    await expect.poll(() => pageB.getByTestId('import-summary').textContent()).toMatch(/^1 to update, 1 new, 0 /);
    const changes = await pageB.getByTestId('import-changes').textContent();
    expect(changes).toContain('Sales');
    expect(changes).toContain('Live GMV (new)');
    await pageB.getByTestId('import-apply').click();
    expect(await pageB.getByTestId('import-dialog').count()).toBe(0);

    await expect.poll(() => pageA.getByTestId('goal-row').count()).toBe(8);
    await expect.poll(() => sales()?.actual).toBe(1200);
    expect(sales()?.target).toBe(1500);
    expect(goals().at(-1)).toMatchObject({ label: 'Live GMV', actual: 300, kind: 'custom' });
    expect(goals().filter((goal) => goal.actual !== null)).toHaveLength(2);

    // The board remembers the hand-made mapping: the same file maps itself next time.
    await chooseFile(pageB, csv('KPI;Done\r\nVentas;1,200\r\n'));
    await expect.poll(() => pageB.getByTestId('import-summary').textContent()).toMatch(/^0 to update, 0 new, 1 /);
    expect(await pageB.locator('select[data-field="label"]').inputValue()).toBe('KPI');
    await pageB.getByRole('button', { name: 'Cancel' }).click();

    await pageB.keyboard.press('Control+z');
    await expect.poll(() => pageA.getByTestId('goal-row').count()).toBe(7);
    await expect.poll(() => sales()?.actual ?? null).toBe(null);
    expect(sales()?.target ?? null).toBe(null);
  });

  it('[IMPORT-1][IMPORT-3] campaign results from an Excel workbook land on a Spanish board', {
    timeout: 60_000,
  }, async () => {
    const boardId = await suite.server.createBoard({ title: 'Tienda', reviewedYear: 2026, locale: 'es-MX' });
    const editor = (await suite.server.share(boardId, 'editor')).token;
    const page = await suite.open(BO, boardId, 'timeline', { token: editor });
    const client = suite.connect(boardId);
    await client.synced;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Campañas');
    sheet.addRow(['Evento', 'GMV real', 'Gasto', 'Veredicto']);
    sheet.addRow(['Doble Once', 98765.4, '12,000.50', 'acierto']);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    await chooseFile(page, { name: 'campañas.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByTestId('import-target').selectOption('events');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^1 /);
    await page.getByTestId('import-apply').click();
    const double11 = () => readBoard(client.doc).events.find((event) => event.campaign === 'double11');
    await expect.poll(() => double11()?.actualGmv).toBe(98765.4);
    expect(double11()).toMatchObject({ spend: 12000.5, verdict: 'highlight' });
  });

  it('[IMPORT-1] a file in another encoding is refused with a message, and a viewer has no Import button', async () => {
    const { pageB, boardId } = await suite.pair('goals', '[data-testid="goal-row"]');
    await chooseFile(pageB, {
      name: 'gbk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([0xc4, 0xbf, 0xb1, 0xea, 0x0a, 0x31]),
    });
    await expect.poll(() => pageB.getByTestId('import-file-problem').textContent()).toMatch(/not UTF-8/);
    const viewer = (await suite.server.share(boardId, 'viewer')).token;
    const page = await suite.open(BO, boardId, 'goals', { token: viewer, ready: '[data-testid="goal-row"]' });
    expect(await page.getByTestId('import-open').count()).toBe(0);
  });
});
