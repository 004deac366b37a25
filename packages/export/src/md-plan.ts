import type { BoardContent } from '@balanza/model';
import type { ExportLabels } from './labels.ts';
import { inline, type NumberText } from './md-text.ts';
import { visibleMeasures } from './tables.ts';

/** Whether the board holds a plan: started from a review, or with any plan figure, plan item or scenario set. */
export function hasPlan(board: BoardContent): boolean {
  return (
    Boolean(board.meta.previousBoardId) ||
    board.plan.growth !== 0 ||
    board.scenarios.length > 0 ||
    board.goals.some((goal) => (goal.growth ?? null) !== null || Object.keys(goal.months ?? {}).length > 0) ||
    board.ledger.some((line) => (line.budget ?? null) !== null) ||
    board.events.some((event) => (event.budget ?? null) !== null) ||
    board.measures.some((measure) => measure.status !== undefined)
  );
}

/** The next-year plan section of the Markdown report ([EXPORT-1]), or nothing when the board has no plan. */
export function planLines(board: BoardContent, l: ExportLabels, numbers: NumberText): string[] {
  if (!hasPlan(board)) return [];
  const figure = (value: number | null | undefined, format: (n: number) => string) =>
    value === null || value === undefined ? l.report.blank : format(value);
  const inUnit = (unit: string) => (unit === 'money' ? numbers.money : numbers.number);
  const goals = board.goals.map(
    (goal) =>
      `- ${inline(goal.label)}: ${l.goal.lastYear} ${figure(goal.lastYear, inUnit(goal.unit))} → ${l.goal.target} ${figure(goal.target, inUnit(goal.unit))}${goal.growth != null ? ` (${numbers.percent(goal.growth)})` : ''}`,
  );
  const budgets = [
    ...board.ledger
      .filter((line) => line.side === 'input')
      .map((line) => `- ${inline(line.label)}: ${figure(line.budget, numbers.money)}`),
    ...board.events
      .filter((event) => (event.budget ?? null) !== null)
      .map((event) => `- ${inline(event.title)}: ${figure(event.budget, numbers.money)}`),
  ];
  const items = visibleMeasures(board)
    .filter((measure) => measure.status !== undefined)
    .map((measure) => `- ${inline(measure.text)}: ${l.values.planStatus[measure.status ?? 'not-started']}`);
  const section = (title: string, lines: string[]) => (lines.length ? [`### ${title}`, '', ...lines, ''] : []);
  return [
    `## ${l.sheets.plan}`,
    '',
    l.report.planIntro,
    '',
    `- ${l.summary.growth}: ${numbers.percent(board.plan.growth)}`,
    '',
    ...section(l.sheets.goals, goals),
    ...section(l.ledger.budget, budgets),
    ...section(l.sheets.measures, items),
    ...section(
      l.summary.scenarios,
      board.scenarios.map((scenario) => `- ${inline(scenario.name)}`),
    ),
  ];
}
