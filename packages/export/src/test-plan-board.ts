// A plan board with known figures for this package's tests (not exported from index.ts), made as people make
// one: a review of 2025 filled in, "Start next year", then months, budgets, a campaign, a scenario, a plan item
// and January's actual typed into the plan of 2026.
import { planMetrics } from '@balanza/metrics';
import {
  addLedgerLine,
  addMeasure,
  addScenario,
  initBoard,
  readBoard,
  setEventBudget,
  setGoalMonth,
  setLineBudget,
  setPlanItem,
  setScenarioAssumption,
  startNextYear,
  updateEvent,
  updateGoal,
  updateLedgerLine,
} from '@balanza/model';
import * as Y from 'yjs';

/**
 * The known figures: last year's sales 1,200,000, of which Double 11 300,000 on 30,000 of spend, so the season
 * puts 375,000 in November and 75,000 in every other month; June typed as 150,000 makes the year 1,275,000.
 * Marketing's budget is 130,000 (last year 100,000); Double 11 plans 480,000 of GMV on 40,000 (ROAS 12);
 * January's actual is 80,000 against 75,000 planned.
 */
export const PLAN_FIGURES = {
  june: 150_000,
  november: 375_000,
  otherMonth: 75_000,
  year: 1_275_000,
  marketingBudget: 130_000,
  double11Budget: 40_000,
  double11Gmv: 480_000,
  januaryActual: 80_000,
  scenario: 'Bold growth',
  item: 'Keep the live streams on Double 11',
} as const;

export function planBoard(locale = 'en'): { doc: Y.Doc; scenarioId: string } {
  const review = new Y.Doc();
  initBoard(review, { title: 'Shop 2025', reviewedYear: 2025, currency: 'CNY', locale }, 1_000);
  const board = readBoard(review);
  const sales = board.goals.find((goal) => goal.kind === 'sales');
  updateGoal(review, sales?.id as string, { target: 1_000_000, actual: 1_200_000 });
  for (const line of board.ledger) {
    if (line.category === 'marketing') updateLedgerLine(review, line.id, { amount: 100_000 });
    if (line.category === 'turnover') updateLedgerLine(review, line.id, { amount: 1_200_000 });
  }
  const double11 = board.events.find((event) => event.campaign === 'double11');
  updateEvent(review, double11?.id as string, { actualGmv: 300_000, spend: 30_000 });
  addMeasure(review, { text: PLAN_FIGURES.item, column: 'keep', owner: 'Ana' });

  const doc = startNextYear(review, { previousBoardId: 'review2025' });
  const plan = readBoard(doc);
  const planSales = plan.goals.find((goal) => goal.kind === 'sales')?.id as string;
  const shown = planMetrics(plan).salesMonths?.months;
  setGoalMonth(doc, planSales, 6, PLAN_FIGURES.june, shown);
  const marketing = plan.ledger.find((line) => line.category === 'marketing')?.id as string;
  setLineBudget(doc, marketing, PLAN_FIGURES.marketingBudget);
  const planDouble11 = plan.events.find((event) => event.campaign === 'double11')?.id as string;
  setEventBudget(doc, planDouble11, PLAN_FIGURES.double11Budget);
  updateEvent(doc, planDouble11, { targetGmv: PLAN_FIGURES.double11Gmv });
  const scenarioId = addScenario(doc, PLAN_FIGURES.scenario);
  setScenarioAssumption(doc, scenarioId, { kind: 'growth', value: 0.2 });
  const item = plan.measures[0]?.id as string;
  setPlanItem(doc, item, { status: 'in-progress', dueQuarter: 2 });
  addLedgerLine(doc, {
    side: 'output',
    category: 'turnover',
    label: 'January',
    month: 1,
    amount: PLAN_FIGURES.januaryActual,
  });
  return { doc, scenarioId };
}
