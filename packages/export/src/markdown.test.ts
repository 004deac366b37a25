/**
 * [EXPORT-1] the Markdown export is the report as text: every section in order, with the figures
 * [EXPORT-8] text a person wrote is escaped: nothing renders as HTML, a link or an image
 * [EXPORT-7] file names come from the board title, without path or reserved characters
 * [EXPORT-10] a plan board's report has its whole operating plan: figures, months, budgets, campaigns,
 *             scenarios, items and tracking, with the formulas
 */

import { scenarioAdoption } from '@balanza/metrics';
import { addMeasure, adoptScenario, readBoard } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { exportSource } from './envelope.ts';
import { attachmentHeader, exportFileName } from './file-name.ts';
import { boardMarkdown } from './markdown.ts';
import { inline } from './md-text.ts';
import { hostileBoard } from './test-boards.ts';
import { PLAN_FIGURES, planBoard } from './test-plan-board.ts';

const cny = new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' });
/** The Markdown table rows under a `### title` heading, each split into its cells. */
function tableUnder(text: string, title: string): string[][] {
  const lines = text.split('\n');
  const start = lines.indexOf(`### ${title}`);
  if (start < 0) throw new Error(`no heading ${title}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line.slice(2, -2).split(' | '));
  }
  return rows;
}

describe('Markdown export', () => {
  it('[EXPORT-1] has every section in order, the figures and the plan', () => {
    const text = boardMarkdown(exportSource(hostileBoard()));
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Objetivos',
      '## Inversión y resultado',
      '## Resultados no monetarios',
      '## Línea de tiempo',
      '## Medidas',
      '## Comentarios',
      '## Notas de reflexión',
      '## Plan del año próximo',
    ]);
    expect(text).toContain('### Mantener');
    expect(text).toContain('### Hilos abiertos');
    expect(text).toMatch(/ROI: .*\(\(output − input\) ÷ input\)/);
    expect(text).toMatch(/1000,00\s€/);
  });

  it('[EXPORT-8] escapes markup in every text', () => {
    const text = boardMarkdown(exportSource(hostileBoard()));
    // Every <, [, ], ` and | in the report is escaped, except the table pipes the export writes itself.
    const outsideTables = text
      .split('\n')
      .map((line) => (line.startsWith('| ') ? line.slice(2, -2).replaceAll(' | ', ' ') : line));
    for (const line of outsideTables) expect(line, line).not.toMatch(/(^|[^\\])[<[\]`|]/);
    expect(text).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(text).toContain('!\\[pixel\\](http://evil.example/p.png)');
    expect(text).toContain('Señales, ñandú y café');
    expect(text).toContain('年度复盘：双十一');
    expect(text).not.toMatch(/^# not a heading/m);
  });

  it('[EXPORT-8] puts a multi-line text on one line', () => {
    expect(inline('a\nb')).toBe('a b');
  });

  it('[EXPORT-1] leaves out a measure still private to its author', () => {
    const doc = hostileBoard();
    addMeasure(doc, { text: 'a secret draft', hidden: true, author: 'p1' });
    addMeasure(doc, { text: 'a shown card', hidden: false });
    const text = boardMarkdown(exportSource(doc));
    expect(text).not.toContain('a secret draft');
    expect(text).toContain('a shown card');
  });
});

describe('Markdown export of a plan board', () => {
  it('[EXPORT-10][EXPORT-1] has the plan figures, every goal by month with the year, budgets, campaigns, scenarios, items, tracking and formulas', () => {
    const text = boardMarkdown(exportSource(planBoard().doc));
    const plan = text.slice(text.indexOf('## Next-year plan'));
    const headings = plan.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### Plan',
      '### Plan – targets by month',
      '### Plan – budgets',
      '### Plan – campaigns',
      '### Plan – scenarios',
      '### Plan – items',
      '### Plan – tracking',
      '### Formulas',
    ]);
    const [header, , , sales] = tableUnder(plan, 'Plan – targets by month');
    expect(header?.slice(2)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Year',
    ]);
    expect(sales?.[0]).toBe('Sales');
    expect(sales?.[2 + 5]).toBe(cny.format(PLAN_FIGURES.june));
    expect(sales?.[2 + 10]).toBe(cny.format(PLAN_FIGURES.november));
    expect(sales?.[2 + 0]).toBe(cny.format(PLAN_FIGURES.otherMonth));
    expect(sales?.[14]).toBe(cny.format(PLAN_FIGURES.year));

    const marketing = tableUnder(plan, 'Plan – budgets').find((row) => row[1] === 'Marketing and promotion');
    expect(marketing?.slice(2)).toEqual([cny.format(100_000), '8.3%', cny.format(PLAN_FIGURES.marketingBudget), '30%']);
    expect(tableUnder(plan, 'Plan – budgets').at(-1)?.[4]).toBe(cny.format(PLAN_FIGURES.marketingBudget));
    const double11 = tableUnder(plan, 'Plan – campaigns').find((row) => row[0] === 'Double 11');
    expect(double11?.slice(1)).toEqual([
      '2026-10-20',
      '2026-11-11',
      cny.format(300_000),
      cny.format(30_000),
      '10×',
      cny.format(PLAN_FIGURES.double11Budget),
      cny.format(PLAN_FIGURES.double11Gmv),
      '12×',
    ]);
    const scenarios = tableUnder(plan, 'Plan – scenarios');
    expect(scenarios[0]).toEqual(['Figure', 'Plan now', PLAN_FIGURES.scenario]);
    expect(scenarios.find((row) => row[0] === 'Growth used')?.slice(1)).toEqual(['0%', '20%']);
    expect(scenarios.find((row) => row[0] === 'GMV')?.[1]).toBe(cny.format(PLAN_FIGURES.year));
    expect(tableUnder(plan, 'Plan – items')[2]).toEqual([PLAN_FIGURES.item, 'Keep', 'Ana', '2026-Q2', 'in progress']);
    const january = tableUnder(plan, 'Plan – tracking')[2];
    expect(january).toEqual(['Jan', cny.format(75_000), cny.format(80_000), cny.format(5_000), '106.7%']);
    expect(plan).toContain(`| Planned turnover | ${cny.format(PLAN_FIGURES.year)} | the sales goal's target |`);
    expect(plan).toContain('- Planned ROAS = planned GMV ÷ budget');
    expect(plan).toContain('- GMV = base GMV + campaign GMV');
  });

  it('[EXPORT-10] names the adopted scenario, and speaks the board’s language', () => {
    const { doc, scenarioId } = planBoard('es');
    const adoption = scenarioAdoption(readBoard(doc), scenarioId);
    if (!adoption) throw new Error('the scenario cannot be adopted');
    adoptScenario(doc, scenarioId, adoption);
    const text = boardMarkdown(exportSource(doc));
    expect(text).toContain('### Plan – metas por mes');
    expect(tableUnder(text, 'Plan – escenarios')[0]).toEqual([
      'Cifra',
      'Plan actual',
      `${PLAN_FIGURES.scenario} (adoptado)`,
    ]);
    expect(text).toContain(`| Escenario adoptado | ${PLAN_FIGURES.scenario} |  |`);
  });
});

describe('export file names', () => {
  it('[EXPORT-7] come from the title, safe on every system', () => {
    expect(exportFileName('Review 2026 / Tea House', 'md')).toBe('Review 2026 - Tea House.md');
    expect(exportFileName('../../etc/passwd', 'json')).toBe('etc - passwd.json');
    expect(exportFileName('<script>', 'csv.zip')).toBe('script.csv.zip');
    expect(exportFileName('...', 'xlsx')).toBe('board.xlsx');
    expect(exportFileName('年度复盘 2026', 'md')).toBe('年度复盘 2026.md');
  });

  it('[EXPORT-7] give an ASCII name and the exact one in Content-Disposition', () => {
    expect(attachmentHeader('年度复盘 2026.md')).toBe(
      `attachment; filename="2026.md"; filename*=UTF-8''${encodeURIComponent('年度复盘 2026.md')}`,
    );
    expect(attachmentHeader('复盘.xlsx')).toContain('filename="board.xlsx"');
  });
});
