/**
 * [EXPORT-1] the Markdown export is the report as text: every section in order, with the figures
 * [EXPORT-8] text a person wrote is escaped: nothing renders as HTML, a link or an image
 * [EXPORT-7] file names come from the board title, without path or reserved characters
 */
import { addMeasure } from '@balanza/model';
import { describe, expect, it } from 'vitest';
import { exportSource } from './envelope.ts';
import { attachmentHeader, exportFileName } from './file-name.ts';
import { boardMarkdown } from './markdown.ts';
import { inline } from './md-text.ts';
import { hostileBoard } from './test-boards.ts';

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
