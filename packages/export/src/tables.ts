import { type ReviewMetrics, reviewMetrics } from '@balanza/metrics';
import { type BoardContent, type Measure, noteDataText, noteOwner, TEMPLATE_LABELS } from '@balanza/model';
import { type Cell, money, num, pct, type Table, text, times } from './cells.ts';
import type { ExportSource } from './envelope.ts';
import { type ExportLabels, exportLanguage, labelsFor } from './labels.ts';
import { noteTitle, targetName } from './names.ts';

/** Measures as a report shows them: a card still private to its author stays out until it is revealed. */
export const visibleMeasures = (board: BoardContent): Measure[] => board.measures.filter((m) => !m.hidden);

const value = (figure: { ok: boolean; value: number | null }) => (figure.ok ? figure.value : null);

/** A goal's figure in its own unit: money in the board's currency, anything else a plain number. */
const inUnit = (unit: string, amount: number | null) => (unit === 'money' ? money(amount) : num(amount));

function goalsTable({ board, l, metrics }: Context): Table {
  const g = l.goal;
  return {
    name: 'goals',
    title: l.sheets.goals,
    headers: [
      g.label,
      g.unit,
      g.direction,
      g.target,
      g.actual,
      g.lastYear,
      g.deviation,
      g.deviationPercent,
      g.attainment,
      g.status,
      g.subjectiveCause,
      g.objectiveCause,
      g.judgement,
    ],
    rows: board.goals.map((goal, index) => {
      const m = metrics.goals.items[index];
      return [
        text(goal.label),
        text(l.values.unit[goal.unit]),
        text(l.values.direction[goal.direction]),
        inUnit(goal.unit, goal.target),
        inUnit(goal.unit, goal.actual),
        inUnit(goal.unit, goal.lastYear),
        inUnit(goal.unit, m ? value(m.deviation) : null),
        pct(m ? value(m.deviationPercent) : null),
        pct(m ? value(m.attainment) : null),
        text(m ? l.values.status[m.status] : ''),
        text(goal.subjectiveCause),
        text(goal.objectiveCause),
        text(goal.judgement),
      ];
    }),
  };
}

function ledgerTable({ board, l, metrics }: Context): Table {
  const categories = TEMPLATE_LABELS[exportLanguage(board.meta.locale)].ledger as Record<string, string>;
  const c = l.ledger;
  return {
    name: 'ledger',
    title: l.sheets.ledger,
    headers: [c.side, c.category, c.label, c.month, c.amount, c.lastYear, c.change, c.yearOverYear, c.share],
    rows: board.ledger.map((line, index) => {
      const m = metrics.ledger.lines[index];
      return [
        text(l.values.side[line.side]),
        text(categories[line.category] ?? line.category),
        text(line.label),
        num(line.month),
        money(line.amount),
        money(line.lastYear),
        money(m ? value(m.change) : null),
        pct(m ? value(m.yearOverYear) : null),
        pct(m ? value(m.share) : null),
      ];
    }),
  };
}

function outcomesTable({ board, l, metrics }: Context): Table {
  const o = l.outcome;
  return {
    name: 'outcomes',
    title: l.sheets.outcomes,
    headers: [o.label, o.unit, o.before, o.after, o.change, o.changePercent],
    rows: board.outcomes.map((outcome, index) => {
      const m = metrics.outcomes[index];
      return [
        text(outcome.label),
        text(outcome.unit),
        num(outcome.before),
        num(outcome.after),
        num(m ? value(m.change) : null),
        pct(m ? value(m.changePercent) : null),
      ];
    }),
  };
}

function eventsTable({ board, l, metrics }: Context): Table {
  const lanes = new Map(board.lanes.map((lane) => [lane.id, lane.label]));
  const e = l.event;
  return {
    name: 'events',
    title: l.sheets.events,
    headers: [e.lane, e.title, e.start, e.end, e.targetGmv, e.actualGmv, e.spend, e.attainment, e.roas, e.verdict],
    rows: board.events.map((event, index) => {
      const m = metrics.campaigns.items[index];
      return [
        text(lanes.get(event.laneId) ?? ''),
        text(event.title),
        text(event.start),
        text(event.end),
        money(event.targetGmv),
        money(event.actualGmv),
        money(event.spend),
        pct(m ? value(m.gmvAttainment) : null),
        times(m ? value(m.roas) : null),
        text(l.values.verdict[event.verdict]),
      ];
    }),
  };
}

function measuresTable({ board, l }: Context): Table {
  const goals = new Map(board.goals.map((goal) => [goal.id, goal.label]));
  const events = new Map(board.events.map((event) => [event.id, event.title]));
  const names = (ids: string[], from: Map<string, string>) => ids.map((id) => from.get(id) ?? id).join('; ');
  const m = l.measure;
  const order = ['keep', 'change', 'add'] as const;
  const measures = [...visibleMeasures(board)].sort((a, b) => order.indexOf(a.column) - order.indexOf(b.column));
  return {
    name: 'measures',
    title: l.sheets.measures,
    headers: [m.column, m.text, m.owner, m.due, m.votes, m.goals, m.events, m.status],
    rows: measures.map((measure) => [
      text(l.values.column[measure.column]),
      text(measure.text),
      text(measure.owner),
      text(measure.due),
      num(Object.values(measure.votes).reduce((sum, votes) => sum + votes, 0)),
      text(names(measure.goalIds, goals)),
      text(names(measure.eventIds, events)),
      text(measure.status ? l.values.planStatus[measure.status] : ''),
    ]),
  };
}

function summaryTable({ l, metrics }: Context): Table {
  const { totals } = metrics.ledger;
  const campaigns = metrics.campaigns.totals;
  const s = l.summary;
  const row = (label: string, cell: Cell): Cell[] => [text(label), cell];
  return {
    name: 'summary',
    title: l.sheets.summary,
    headers: [s.figure, s.value],
    rows: [
      row(s.goalsHit, num(metrics.goals.summary.hit)),
      row(s.goalsMissed, num(metrics.goals.summary.missed)),
      row(s.goalsUnfilled, num(metrics.goals.summary.unfilled)),
      row(s.totalInput, money(value(totals.input))),
      row(s.totalOutput, money(value(totals.output))),
      row(s.operatingProfit, money(value(totals.operatingProfit))),
      row(s.operatingMargin, pct(value(totals.operatingMargin))),
      row(s.roi, pct(value(totals.roi))),
      row(s.campaignGmv, money(value(campaigns.actualGmv))),
      row(s.campaignSpend, money(value(campaigns.spend))),
      row(s.campaignRoas, times(value(campaigns.roas))),
      row(s.hitRate, pct(value(campaigns.hitRate))),
    ],
  };
}

function commentsTable({ board, l }: Context): Table {
  const c = l.comment;
  return {
    name: 'comments',
    title: l.sheets.comments,
    headers: [c.target, c.state, c.author, c.time, c.text],
    rows: board.comments.flatMap((thread) =>
      thread.messages.map((message) => [
        text(targetName(board, thread, l)),
        text(thread.resolved ? c.resolved : c.open),
        text(message.author),
        text(new Date(message.time).toISOString()),
        text(message.deleted ? c.deleted : message.text),
      ]),
    ),
  };
}

function notesTable(source: ExportSource, l: ExportLabels): Table {
  const noteText = (key: string) => noteDataText(source.notes[key] ?? []);
  return {
    name: 'notes',
    title: l.sheets.notes,
    headers: [l.note.note, l.note.text],
    rows: Object.keys(source.notes)
      .filter((key) => noteOwner(key) && noteText(key) !== '')
      .map((key) => [text(noteTitle(source.board, key, l)), text(noteText(key))]),
  };
}

interface Context {
  board: BoardContent;
  l: ExportLabels;
  metrics: ReviewMetrics;
}

const contextOf = (board: BoardContent): Context => ({
  board,
  l: labelsFor(board.meta.locale),
  metrics: reviewMetrics(board),
});

const RECORD_TABLES = [goalsTable, ledgerTable, outcomesTable, eventsTable, measuresTable];

/** The five record tables every format shares: goals, ledger, outcomes, events, measures ([EXPORT-2]). */
export function recordTables(board: BoardContent): Table[] {
  const context = contextOf(board);
  return RECORD_TABLES.map((table) => table(context));
}

/** Every table of a board: a summary, the five record tables, the comments and the notes (the spreadsheet's sheets). */
export function allTables(source: ExportSource): Table[] {
  const context = contextOf(source.board);
  return [
    summaryTable(context),
    ...RECORD_TABLES.map((table) => table(context)),
    commentsTable(context),
    notesTable(source, context.l),
  ];
}
