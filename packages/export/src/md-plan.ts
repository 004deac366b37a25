import type { BoardContent } from '@balanza/model';
import type { ExportLabels } from './labels.ts';
import { planLabelsFor } from './labels-plan.ts';
import { inline, markdownTable, type NumberText } from './md-text.ts';
import { planExport } from './plan-tables.ts';

/**
 * The next-year plan section of the Markdown report ([EXPORT-1], [EXPORT-10]), or nothing when the board has no
 * plan: the plan's figures with their formulas, then each of its tables (targets by month, budgets, campaigns,
 * scenarios side by side, plan items, tracking) under its own heading, then the formulas of the figures in them.
 */
export function planLines(board: BoardContent, l: ExportLabels, numbers: NumberText): string[] {
  const { tables, formulas } = planExport(board);
  if (tables.length === 0) return [];
  const p = planLabelsFor(board.meta.locale);
  return [
    `## ${l.sheets.plan}`,
    '',
    l.report.planIntro,
    '',
    ...tables.flatMap((table) => [
      `### ${inline(table.title)}`,
      '',
      ...markdownTable(table, numbers, l.report.blank),
      '',
    ]),
    ...(formulas.length ? [`### ${p.formulas}`, '', ...formulas.map((line) => `- ${inline(line)}`), ''] : []),
  ];
}
