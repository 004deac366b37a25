import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { auditAccessibility } from '../support/accessibility.ts';
import { ANA, browserSuite } from '../support/browser-suite.ts';

describe('the UI language apart from the board locale (Chromium)', () => {
  const suite = browserSuite();
  const GOALS = { ready: '[data-testid="goal-row"]' };
  const railLabels = (page: Page) => page.locator('.rail-link .rail-label').allTextContents();
  const heading = (page: Page) => page.locator('#section-heading').textContent();
  const firstGoal = (page: Page) => page.getByTestId('goal-row').first().getByTestId('goal-label');

  it('[I18N-1][I18N-2][A11Y-1] switching the UI to 中文 shows the board in Chinese; the board keeps its own locale and labels', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', locale: 'en', currency: 'CNY' });
    const page = await suite.open(ANA, boardId, 'goals', GOALS);
    expect(await railLabels(page)).toContain('Goals');

    await page.getByLabel('Language', { exact: true }).selectOption({ label: '中文' });
    await expect.poll(() => heading(page)).toBe('目标与偏差');
    expect(await railLabels(page)).toEqual(expect.arrayContaining(['概览', '目标', '投入与产出', '时间线', '措施']));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await auditAccessibility(page)).toEqual([]);
    // The board's content stays in the board's language: the template wrote it in English.
    expect(await firstGoal(page).inputValue()).toBe('Sales');

    // The choice is the person's own and outlives a reload; the board's locale did not change.
    await page.reload();
    await page.locator('#section-heading').waitFor();
    expect(await heading(page)).toBe('目标与偏差');
    expect((await suite.server.stored(boardId)).meta.locale).toBe('en');
  });

  it('[I18N-3][MODEL-24] a board in es-MX and MXN shows money the es-MX way while the UI is English', async () => {
    const boardId = await suite.server.createBoard({ title: 'Tienda MX', locale: 'es-MX', currency: 'MXN' });
    const page = await suite.open(ANA, boardId, 'goals', GOALS);
    // The UI follows the browser (English), not the board; the template labels follow the board (Spanish).
    expect(await heading(page)).toBe('Goals and deviations');
    expect(await firstGoal(page).inputValue()).toBe('Ventas');

    const target = page.getByTestId('goal-row').first().getByTestId('goal-target');
    await target.fill('1234.5');
    await target.press('Enter');
    await expect.poll(() => target.inputValue()).toBe('$1,234.50');
    expect(await page.getByTestId('board-format').textContent()).toBe('MXN · es-MX');
  });

  it('[I18N-3] a board in en-GB shows its dates day first', async () => {
    const boardId = await suite.server.createBoard({ title: 'Shop UK', locale: 'en-GB', currency: 'GBP' });
    const page = await suite.open(ANA, boardId, 'timeline', { ready: '[data-testid="timeline-event"]' });
    await page.getByTestId('zoom-month').click();
    const heads = await page.locator('.tl-column-head').allTextContents();
    expect(heads.length).toBeGreaterThan(1);
    for (const head of heads) expect(head).toMatch(/^\d{1,2} [A-Z][a-z]+$/);

    await page.getByTestId('board-format').click();
    expect(await page.getByTestId('format-preview').textContent()).toMatch(/£1,234\.50 · 20\/11\/2026/);
  });

  it('[I18N-3][MODEL-22][MODEL-23][A11Y-1] the format dialog refuses a bad locale or currency with a message, then changes both for everyone', async () => {
    const boardId = await suite.server.createBoard({ title: 'Review 2026', locale: 'en', currency: 'CNY' });
    const page = await suite.open(ANA, boardId, 'goals', GOALS);
    await page.getByTestId('board-format').click();
    const dialog = page.getByTestId('format-dialog');
    const locale = dialog.getByTestId('format-locale');
    const currency = dialog.getByTestId('format-currency');
    const save = dialog.getByTestId('format-save');

    await locale.fill('es_MX');
    await save.click();
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toMatch(/“es_MX” is not a locale/);
    expect(await locale.getAttribute('aria-invalid')).toBe('true');
    await locale.fill('es-mx');
    await expect.poll(() => dialog.getByRole('alert').first().textContent()).toBe('Write “es-mx” as “es-MX”.');
    await locale.fill('es-MX');
    await currency.fill('xyz');
    await save.click();
    await expect
      .poll(() => dialog.getByRole('alert').first().textContent())
      .toBe('“XYZ” is not a known ISO 4217 currency code.');
    // Nothing was saved while a value was refused.
    expect((await suite.server.stored(boardId)).meta).toMatchObject({ locale: 'en', currency: 'CNY' });
    // The dialog, its refusals showing, meets no serious or critical accessibility rule [A11Y-1].
    expect(await auditAccessibility(page)).toEqual([]);

    await currency.fill('MXN');
    expect(await dialog.getByTestId('format-preview').textContent()).toMatch(/\$1,234\.50/);
    await save.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('board-format').textContent()).toBe('MXN · es-MX');
    await expect
      .poll(async () => (await suite.server.stored(boardId)).meta)
      .toMatchObject({ locale: 'es-MX', currency: 'MXN' });
  });
});
