import {
  boardGrowthOf,
  campaignPlanFigures,
  type Figure,
  goalMonths,
  goalPlanFigures,
  linePlanFigures,
  type PlanMetrics,
  planItemsOf,
  planMetrics,
  plannedCampaignRoas,
  type ScenarioRowKind,
  scenarioRows,
  TRACKING_FORMULAS,
} from '@balanza/metrics';
import { ADDITIVE_UNITS, type BoardContent, MONTHS, TEMPLATE_LABELS } from '@balanza/model';
import { type Cell, money, num, pct, type Table, text, times } from './cells.ts';
import { exportLanguage, labelsFor } from './labels.ts';
import { type PlanLabels, planLabelsFor } from './labels-plan.ts';

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

const value = (figure: Figure) => (figure.ok ? figure.value : null);
const inUnit = (unit: string, amount: number | null) => (unit === 'money' ? money(amount) : num(amount));
const KIND_CELL: Record<ScenarioRowKind, (amount: number | null) => Cell> = {
  money,
  percent: pct,
  'signed-percent': pct,
  multiple: times,
};

/** The short month names of the board's locale, January first. */
export function monthNames(locale: string): string[] {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  } catch {
    format = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
  }
  return MONTHS.map((month) => format.format(new Date(Date.UTC(2000, month - 1, 1))));
}

interface PlanContext {
  board: BoardContent;
  p: PlanLabels;
  metrics: PlanMetrics;
  /** Each figure's name and formula, as the tables use them (a printed page has no hover). */
  formulas: Array<readonly [name: string, formula: string]>;
}

/** The plan's totals, each with its formula. */
function figuresTable({ board, p, metrics }: PlanContext): Table {
  const f = p.figures;
  const adopted = board.scenarios.find((scenario) => scenario.id === metrics.adoptedScenarioId);
  const row = (name: string, cell: Cell, formula: string): Cell[] => [text(name), cell, text(formula)];
  const figure = (name: string, fig: Figure, make: (n: number | null) => Cell) =>
    row(name, make(value(fig)), fig.formula);
  return {
    name: 'plan',
    title: p.sheets.figures,
    headers: [p.figure, p.value, p.formula],
    rows: [
      row(f.growth, pct(metrics.growth), ''),
      figure(f.turnoverLastYear, metrics.turnoverLastYear, money),
      figure(f.turnover, metrics.turnover, money),
      figure(f.totalInput, metrics.totalInput, money),
      figure(f.profit, metrics.operatingProfit, money),
      figure(f.margin, metrics.operatingMargin, pct),
      figure(f.roi, metrics.roi, pct),
      figure(f.campaignBudget, metrics.campaigns.budget, money),
      figure(f.plannedGmv, metrics.campaigns.plannedGmv, money),
      figure(f.plannedRoas, plannedCampaignRoas(metrics.campaigns), times),
      ...(adopted ? [row(f.adopted, text(adopted.name), '')] : []),
    ],
  };
}

/** Each money and count goal's target split into its 12 months ([PLAN-4], [PLAN-5]), with the year (their sum). */
function monthsTable({ board, p, metrics, formulas }: PlanContext): Table {
  const { meta } = board;
  const growth = boardGrowthOf(board.plan);
  const unitNames = labelsFor(meta.locale).values.unit;
  const rows = board.goals.flatMap((goal) => {
    if (!ADDITIVE_UNITS.includes(goal.unit)) return [];
    const target = goalPlanFigures(goal, growth, meta.currency).target;
    const months = goalMonths(goal, target, metrics.profile.shares, meta.currency);
    if (!months) return [];
    formulas.push([p.year, target.formula], [p.month, months.formula]);
    return [
      [
        text(goal.label),
        text(unitNames[goal.unit]),
        ...months.months.map((amount) => inUnit(goal.unit, amount)),
        inUnit(goal.unit, months.total),
      ],
    ];
  });
  const profile = [text(p.profile), text(''), ...metrics.profile.shares.map(pct), pct(1)];
  formulas.push([p.profile, metrics.profile.formula]);
  return {
    name: 'plan-months',
    title: p.sheets.months,
    headers: [p.goal, p.unit, ...monthNames(meta.locale), p.year],
    rows: rows.length ? [profile, ...rows] : [],
  };
}

/** Every input line's budget against last year ([PLAN-6]), and the total input. */
function budgetsTable({ board, p, metrics, formulas }: PlanContext): Table {
  const b = p.budgets;
  const categories = TEMPLATE_LABELS[exportLanguage(board.meta.locale)].ledger as Record<string, string>;
  const rows = board.ledger
    .filter((line) => line.side === 'input')
    .map((line) => {
      const figures = linePlanFigures(line, metrics, board.meta.currency);
      formulas.push(
        [b.share, figures.shareLastYear.formula],
        [b.budget, figures.budget.formula],
        [b.change, figures.change.formula],
      );
      return [
        text(line.label),
        text(categories[line.category] ?? line.category),
        money(line.lastYear),
        pct(value(figures.shareLastYear)),
        money(value(figures.budget)),
        pct(value(figures.change)),
      ];
    });
  const total = [text(p.total), text(''), text(''), text(''), money(value(metrics.totalInput)), text('')];
  return {
    name: 'plan-budgets',
    title: p.sheets.budgets,
    headers: [b.line, b.category, b.lastYear, b.share, b.budget, b.change],
    rows: rows.length ? [...rows, total] : [],
  };
}

/** The campaign calendar rolled forward ([PLAN-7], [PLAN-12]): dates, last year, budget, planned GMV and ROAS. */
function campaignsTable({ board, p, metrics, formulas }: PlanContext): Table {
  const c = p.campaigns;
  const events = [...board.events].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  const rows = events.map((event) => {
    const figures = campaignPlanFigures(event);
    formulas.push([c.lastYearRoas, figures.lastYearRoas.formula], [c.plannedRoas, figures.plannedRoas.formula]);
    return [
      text(event.title),
      text(event.start),
      text(event.end),
      money(event.lastYearGmv),
      money(event.lastYearSpend),
      times(value(figures.lastYearRoas)),
      money(figures.budget),
      money(event.targetGmv),
      times(value(figures.plannedRoas)),
    ];
  });
  const { campaigns } = metrics;
  const total = [
    text(p.total),
    text(''),
    text(''),
    money(value(campaigns.lastYearGmv)),
    text(''),
    times(value(campaigns.lastYearRoas)),
    money(value(campaigns.budget)),
    money(value(campaigns.plannedGmv)),
    times(value(plannedCampaignRoas(campaigns))),
  ];
  return {
    name: 'plan-campaigns',
    title: p.sheets.campaigns,
    headers: [
      c.campaign,
      c.start,
      c.end,
      c.lastYearGmv,
      c.lastYearSpend,
      c.lastYearRoas,
      c.budget,
      c.plannedGmv,
      c.plannedRoas,
    ],
    rows: rows.length ? [...rows, total] : [],
  };
}

/** The scenarios side by side ([PLAN-9]): one column per scenario beside the plan now, the adopted one named so. */
function scenariosTable({ board, p, metrics, formulas }: PlanContext): Table {
  const projections = new Map(metrics.scenarios.map((projection) => [projection.id, projection]));
  const rows = board.scenarios.length
    ? scenarioRows(metrics).map((row) => {
        const cell = KIND_CELL[row.kind];
        const plan = row.plan === null ? text('') : cell(typeof row.plan === 'number' ? row.plan : value(row.plan));
        return [
          text(p.scenarios.rows[row.key]),
          plan,
          ...board.scenarios.map((scenario) => {
            const projection = projections.get(scenario.id);
            if (!projection) return text('');
            const figure = row.pick(projection);
            formulas.push([p.scenarios.rows[row.key], figure.formula]);
            return cell(value(figure));
          }),
        ];
      })
    : [];
  return {
    name: 'plan-scenarios',
    title: p.sheets.scenarios,
    headers: [
      p.figure,
      p.scenarios.planNow,
      ...board.scenarios.map((scenario) =>
        scenario.id === metrics.adoptedScenarioId ? p.scenarios.adopted(scenario.name) : scenario.name,
      ),
    ],
    rows,
  };
}

/** The plan's items ([PLAN-8], [PLAN-18]): the measures in keep → change → add order with owner, due and status. */
function itemsTable({ board, p }: PlanContext): Table {
  const l = labelsFor(board.meta.locale);
  const i = p.items;
  const { items } = planItemsOf(board.measures);
  return {
    name: 'plan-items',
    title: p.sheets.items,
    headers: [i.measure, i.column, i.owner, i.due, i.status],
    rows: items.map((item) => [
      text(item.text),
      text(l.values.column[item.column]),
      text(item.owner),
      text(item.due),
      text(l.values.planStatus[item.status ?? 'not-started']),
    ]),
  };
}

/** The year tracked against the plan ([PLAN-13]), once a month has an actual: planned, actual, variance, attainment. */
function trackingTable({ board, p, metrics, formulas }: PlanContext): Table {
  const t = p.tracking;
  const { tracking } = metrics;
  const names = monthNames(board.meta.locale);
  const started = metrics.salesMonths !== null && tracking.toMonth > 0;
  if (started)
    formulas.push(
      [t.variance, TRACKING_FORMULAS.variance],
      [t.attainment, TRACKING_FORMULAS.attainment],
      [t.cumulative, tracking.cumulativeAttainment.formula],
      [t.forecast, tracking.forecast.formula],
    );
  return {
    name: 'plan-tracking',
    title: p.sheets.tracking,
    headers: [t.month, t.planned, t.actual, t.variance, t.attainment],
    rows: started
      ? [
          ...tracking.months.map((month) => [
            text(names[month.month - 1] ?? String(month.month)),
            money(month.planned),
            money(month.actual),
            money(value(month.variance)),
            pct(value(month.attainment)),
          ]),
          [text(t.plannedToDate), money(tracking.plannedToDate), money(tracking.actualToDate), text(''), text('')],
          [text(t.cumulative), text(''), text(''), text(''), pct(value(tracking.cumulativeAttainment))],
          [text(t.forecast), text(''), money(value(tracking.forecast)), text(''), text('')],
        ]
      : [],
  };
}

/** The plan's tables and the formulas of the figures in them ([EXPORT-10]); nothing when the board has no plan. */
export function planExport(board: BoardContent): { tables: Table[]; formulas: string[] } {
  if (!hasPlan(board)) return { tables: [], formulas: [] };
  const context: PlanContext = {
    board,
    p: planLabelsFor(board.meta.locale),
    metrics: planMetrics(board),
    formulas: [],
  };
  const figures = figuresTable(context);
  const tables = [monthsTable, budgetsTable, campaignsTable, scenariosTable, itemsTable, trackingTable].map((make) =>
    make(context),
  );
  return {
    tables: [figures, ...tables.filter((table) => table.rows.length > 0)],
    formulas: [...new Set(context.formulas.map(([name, formula]) => `${name} = ${formula}`))],
  };
}

/**
 * The plan's tables ([EXPORT-10]), empty when the board has no plan: its figures with their formulas, the
 * targets by month, the budgets, the campaigns, the scenarios side by side, the plan items and, once the year
 * has actuals, the tracking. Tables without rows are left out.
 */
export const planTables = (board: BoardContent): Table[] => planExport(board).tables;
