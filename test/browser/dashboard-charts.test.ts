import { reviewMetrics } from '@balanza/metrics';
import { readBoard } from '@balanza/model';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANA, browserSuite } from '../support/browser-suite.ts';
import { demoBoard } from '../support/demo-board.ts';

const CHARTS = ['attainment-chart', 'input-output-chart', 'cost-shares-chart'] as const;
/** How a goal's verdict reads on the chart: its mark, and its word in the Status column. */
const VERDICTS = { hit: '✓', missed: '✗', unfilled: '—' } as const;
const WORDS = { hit: 'Hit', missed: 'Missed', unfilled: 'Not filled' } as const;
const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

/** The focused element's accessible name, as Chromium's accessibility tree has it. */
async function focusedName(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot();
  // `- listitem "name"`, YAML-quoted when the name has a colon: `- 'listitem "Sales: …"'`.
  const match = /^- '?\w+ "(.*)"'?$/.exec(snapshot.trim());
  if (!match?.[1]) throw new Error(`the focused element has no accessible name: ${snapshot}`);
  return match[1].replaceAll('\\"', '"');
}

/** Tabs from the chart's toggle into its points, then walks them with ↓ until back at the first. */
async function walkPoints(page: Page, chart: Locator): Promise<string[]> {
  await chart.getByTestId('chart-table-toggle').focus();
  await page.keyboard.press('Tab');
  const names = [await focusedName(page)];
  const count = await chart.getByTestId('chart-point').count();
  for (let step = 1; step <= count; step++) {
    await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowDown');
    names.push(await focusedName(page));
    // The focused point is the one highlighted: the readout under the chart says the same.
    expect(await chart.locator('.chart-readout').textContent()).toBe(names.at(-1));
  }
  expect(names.at(-1)).toBe(names[0]);
  return names.slice(0, -1);
}

/** The table view's rows, written as the points are named: "Name: Header figure, Header figure". */
const tableAsPoints = (chart: Locator) =>
  chart.getByTestId('chart-table').evaluate((table: HTMLTableElement) => {
    const texts = (row: HTMLTableRowElement) => Array.from(row.cells, (cell) => cell.textContent ?? '');
    const [, ...headers] = texts(table.rows[0] as HTMLTableRowElement);
    return Array.from(table.rows)
      .slice(1)
      .map((row) => {
        const [name, ...cells] = texts(row);
        return `${name}: ${cells.map((cell, index) => `${headers[index]} ${cell}`).join(', ')}`;
      });
  });

describe('dashboard charts for keyboard and screen reader (Chromium)', () => {
  const suite = browserSuite();
  let boardId: string;
  let expected: {
    /** The attainment chart's points, named from what @balanza/metrics computes on the stored board. */
    attainment: string[];
    rows: Record<(typeof CHARTS)[number], number>;
  };

  beforeAll(async () => {
    boardId = await demoBoard(suite);
    const reader = suite.connect(boardId);
    await reader.synced;
    const board = readBoard(reader.doc);
    const metrics = reviewMetrics(board);
    expected = {
      // Each goal's attainment as @balanza/metrics computes it from the stored board.
      attainment: metrics.goals.items.map((goal) => {
        const figure = goal.attainment.ok ? percent.format(goal.attainment.value) : 'not filled';
        return `${goal.label}: Attainment ${VERDICTS[goal.status]} ${figure}, Status ${WORDS[goal.status]}`;
      }),
      rows: {
        'attainment-chart': metrics.goals.items.length,
        'input-output-chart': 3,
        'cost-shares-chart': metrics.ledger.lines.filter((line) => line.side === 'input' && line.share.ok).length,
      },
    };
  });

  it('[A11Y-10][A11Y-11] each chart is one Tab stop whose arrows walk every point, named with its figures, and its table shows the same', async () => {
    const page = await suite.open(ANA, boardId, 'dashboard', { ready: '[data-testid="attainment-label"]' });
    for (const id of CHARTS) {
      const chart = page.getByTestId(id);
      const names = await walkPoints(page, chart);
      expect(names, id).toHaveLength(expected.rows[id]);
      expect(new Set(names).size, id).toBe(names.length);
      if (id === 'attainment-chart') expect(names).toEqual(expected.attainment);

      // Only one point of the chart is a Tab stop: Tab from the points leaves the chart.
      await page.keyboard.press('Tab');
      expect(await chart.evaluate((figure) => figure.contains(document.activeElement))).toBe(false);

      await chart.getByTestId('chart-table-toggle').click();
      expect(await chart.getByTestId('chart-table-toggle').getAttribute('aria-pressed')).toBe('true');
      expect(await tableAsPoints(chart)).toEqual(names);
    }

    // The choice is kept on this device: after a reload every chart is still a table, until switched back.
    await page.reload();
    for (const id of CHARTS) {
      const chart = page.getByTestId(id);
      await chart.getByTestId('chart-table').waitFor();
      await chart.getByTestId('chart-table-toggle').click();
      await chart.getByTestId('chart-point').first().waitFor({ state: 'attached' });
      expect(await chart.getAttribute('data-view')).toBe('chart');
    }
  });

  it('[A11Y-12] verdicts on the dashboard carry a word beside their mark and colour', async () => {
    const page = await suite.open(ANA, boardId, 'dashboard', { ready: '[data-testid="attainment-label"]' });
    const labels = await page
      .getByTestId('attainment-chart')
      .locator('[data-testid="attainment-label"]')
      .evaluateAll((spans) => spans.map((span) => `${span.parentElement?.textContent}`));
    for (const label of labels) expect(label).toMatch(/^✓ .*Hit$|^✗ .*Missed$|^— not filled$/);
    expect(labels.some((label) => label.endsWith('Hit'))).toBe(true);
    const movers = await page
      .getByTestId('movers')
      .locator('li')
      .evaluateAll((items) => items.map((item) => ({ tone: item.className, text: item.textContent ?? '' })));
    expect(movers.length).toBeGreaterThan(0);
    for (const mover of movers) expect(mover.text).toMatch(mover.tone === 'tone-good' ? /better$/ : /worse$/);
  });
});
