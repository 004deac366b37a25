import { reviewMetrics } from '@balanza/metrics';
import { type BoardContent, MEASURE_COLUMNS, NOTE_SECTIONS, noteDataText, sectionNoteKey } from '@balanza/model';
import type { ExportSource } from './envelope.ts';
import { type ExportLabels, labelsFor } from './labels.ts';
import { planLines } from './md-plan.ts';
import { block, inline, markdownTable, type NumberText, numberText } from './md-text.ts';
import { noteTitle, targetName } from './names.ts';
import { recordTables, visibleMeasures } from './tables.ts';

// Goals table columns shown in the report: label, target, actual, deviation, deviation %, attainment, status.
const GOAL_COLUMNS = [0, 3, 4, 6, 7, 8, 9];

function goalSection(board: BoardContent, l: ExportLabels, table: string[]): string[] {
  const causes = board.goals.flatMap((goal) => {
    const parts = [
      [l.goal.subjectiveCause, goal.subjectiveCause],
      [l.goal.objectiveCause, goal.objectiveCause],
      [l.goal.judgement, goal.judgement],
    ].filter(([, value]) => value?.trim());
    if (parts.length === 0) return [];
    return [`- **${inline(goal.label)}**`, ...parts.map(([name, value]) => `  - ${name}: ${inline(value ?? '')}`)];
  });
  return [
    `## ${l.sheets.goals}`,
    '',
    ...(table.length ? table : [l.report.none]),
    '',
    ...causes,
    ...(causes.length ? [''] : []),
  ];
}

function ledgerSection(source: ExportSource, l: ExportLabels, numbers: NumberText): string[] {
  const [, ledger] = recordTables(source.board);
  if (!ledger) return [];
  const side = (name: 'input' | 'output') => ({
    ...ledger,
    rows: ledger.rows.filter((_, index) => source.board.ledger[index]?.side === name),
  });
  const { totals } = reviewMetrics(source.board).ledger;
  const figure = (
    name: string,
    f: { ok: boolean; value: number | null; formula: string },
    format: (n: number) => string,
  ) => `- ${name}: ${f.ok && f.value !== null ? format(f.value) : l.report.blank} (${inline(f.formula)})`;
  const columns = [2, 3, 4, 5, 6, 7, 8];
  return [
    `## ${l.sheets.ledger}`,
    '',
    `### ${l.report.inputs}`,
    '',
    ...markdownTable(side('input'), numbers, l.report.blank, columns),
    '',
    `### ${l.report.outputs}`,
    '',
    ...markdownTable(side('output'), numbers, l.report.blank, columns),
    '',
    `### ${l.report.totals}`,
    '',
    figure(l.summary.totalInput, totals.input, numbers.money),
    figure(l.summary.totalOutput, totals.output, numbers.money),
    figure(l.summary.operatingProfit, totals.operatingProfit, numbers.money),
    figure(l.summary.operatingMargin, totals.operatingMargin, numbers.percent),
    figure(l.summary.roi, totals.roi, numbers.percent),
    '',
  ];
}

function measureSection(board: BoardContent, l: ExportLabels): string[] {
  const measures = visibleMeasures(board);
  return [
    `## ${l.sheets.measures}`,
    '',
    ...MEASURE_COLUMNS.flatMap((column) => {
      const cards = measures.filter((measure) => measure.column === column);
      const lines = cards.map((card) => {
        const votes = Object.values(card.votes).reduce((sum, count) => sum + count, 0);
        const details = [
          card.owner && `${l.measure.owner}: ${inline(card.owner)}`,
          card.due && `${l.measure.due}: ${inline(card.due)}`,
          votes > 0 && `${l.measure.votes}: ${votes}`,
        ].filter(Boolean);
        return `- ${inline(card.text)}${details.length ? ` (${details.join(', ')})` : ''}`;
      });
      return [`### ${l.values.column[column]}`, '', ...(lines.length ? lines : [l.report.none]), ''];
    }),
  ];
}

function commentSection(board: BoardContent, l: ExportLabels): string[] {
  const threads = (resolved: boolean) =>
    board.comments
      .filter((thread) => thread.resolved === resolved)
      .flatMap((thread) => [
        `- **${inline(targetName(board, thread, l))}**`,
        ...thread.messages.map(
          (message) =>
            `  - ${inline(message.author)} (${new Date(message.time).toISOString().slice(0, 16).replace('T', ' ')}): ${message.deleted ? l.comment.deleted : inline(message.text)}`,
        ),
      ]);
  const open = threads(false);
  const resolved = threads(true);
  return [
    `## ${l.sheets.comments}`,
    '',
    `### ${l.report.openThreads}`,
    '',
    ...(open.length ? open : [l.report.none]),
    '',
    `### ${l.report.resolvedThreads}`,
    '',
    ...(resolved.length ? resolved : [l.report.none]),
    '',
  ];
}

function noteSection(source: ExportSource, l: ExportLabels): string[] {
  const eventKeys = Object.keys(source.notes).filter((key) => !key.startsWith('section:'));
  const keys = [...NOTE_SECTIONS.map(sectionNoteKey), ...eventKeys];
  const notes = keys.flatMap((key) => {
    const text = noteDataText(source.notes[key] ?? []);
    if (!text) return [];
    return [
      `### ${inline(noteTitle(source.board, key, l))}`,
      '',
      ...text.split('\n').flatMap((line) => [block(line), '']),
    ];
  });
  return [`## ${l.sheets.notes}`, '', ...(notes.length ? notes : [l.report.none, ''])];
}

/**
 * The board as a Markdown report ([EXPORT-1]): its sections in order — goals (target, actual, deviation and
 * causes), input and output with the totals and ROI, the non-money outcomes, the timeline (GMV, ROAS,
 * verdicts), the measures in keep / change / add, the comment threads open and resolved, the reflection
 * notes as text, and the next-year plan when the board has one. Every text a person wrote is escaped
 * ([EXPORT-8]), so the report shows it and never renders it as HTML or a link.
 */
export function boardMarkdown(source: ExportSource): string {
  const { board } = source;
  const l = labelsFor(board.meta.locale);
  const numbers = numberText(board.meta.locale, board.meta.currency);
  const [goals, , outcomes, events] = recordTables(board);
  const table = (t: typeof goals, columns?: number[]) => (t ? markdownTable(t, numbers, l.report.blank, columns) : []);
  const orNone = (lines: string[]) => (lines.length ? lines : [l.report.none]);
  const heading = [
    board.meta.shop && `${l.report.shop}: ${inline(board.meta.shop)}`,
    l.report.reviewOf(board.meta.reviewedYear, board.meta.planYear),
    `${l.report.currency}: ${board.meta.currency}`,
  ].filter(Boolean);
  const lines = [
    `# ${inline(board.meta.title)}`,
    '',
    heading.join(' · '),
    '',
    ...goalSection(board, l, table(goals, GOAL_COLUMNS)),
    ...ledgerSection(source, l, numbers),
    `## ${l.sheets.outcomes}`,
    '',
    ...orNone(table(outcomes)),
    '',
    `## ${l.sheets.events}`,
    '',
    ...orNone(table(events)),
    '',
    ...measureSection(board, l),
    ...commentSection(board, l),
    ...noteSection(source, l),
    ...planLines(board, l, numbers),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
