import {
  addMeasure,
  addReply,
  addThread,
  readBoard,
  updateEvent,
  updateGoal,
  updateLedgerLine,
  updateOutcome,
} from '@balanza/model';
import type * as Y from 'yjs';
import type { Rooms } from './sync/rooms.ts';

/** Figures of a plausible tea shop's year, by template kind, so a first start shows a living board. */
const GOALS: Record<string, { target: number; actual: number; lastYear: number }> = {
  sales: { target: 12_000_000, actual: 10_860_000, lastYear: 9_400_000 },
  newCustomers: { target: 40_000, actual: 43_500, lastYear: 35_200 },
  returningCustomers: { target: 18_000, actual: 15_900, lastYear: 14_100 },
  growthRate: { target: 25, actual: 15.5, lastYear: 12 },
  marketShare: { target: 3.5, actual: 3.2, lastYear: 2.9 },
  operatingProfit: { target: 1_500_000, actual: 1_180_000, lastYear: 990_000 },
  teamStability: { target: 90, actual: 84, lastYear: 88 },
};
const LEDGER: Record<string, { amount: number; lastYear: number }> = {
  labour: { amount: 1_450_000, lastYear: 1_300_000 },
  product: { amount: 4_300_000, lastYear: 3_760_000 },
  commission: { amount: 650_000, lastYear: 560_000 },
  marketing: { amount: 1_900_000, lastYear: 1_420_000 },
  logistics: { amount: 870_000, lastYear: 790_000 },
  afterSales: { amount: 510_000, lastYear: 580_000 },
  turnover: { amount: 10_860_000, lastYear: 9_400_000 },
};
const OUTCOMES: Record<string, { before: number; after: number }> = {
  storeLevel: { before: 3, after: 4 },
  creditScore: { before: 4.7, after: 4.8 },
  returningCustomers: { before: 14_100, after: 15_900 },
  teamExperience: { before: 3, after: 3.5 },
};
const CAMPAIGNS: Record<
  string,
  { targetGmv: number; actualGmv: number; spend: number; verdict: 'highlight' | 'shortfall' }
> = {
  mid618: { targetGmv: 1_800_000, actualGmv: 1_420_000, spend: 260_000, verdict: 'shortfall' },
  double11: { targetGmv: 3_200_000, actualGmv: 3_650_000, spend: 480_000, verdict: 'highlight' },
  newYearGoods: { targetGmv: 900_000, actualGmv: 1_010_000, spend: 120_000, verdict: 'highlight' },
};
const DEMO_AUTHOR = { author: 'Lin (ops)', authorId: 'demo-lin', color: '#2f6fdf' };

/** Creates the demo board that a first start shows. Returns its id. */
export async function createDemoBoard(rooms: Rooms, reviewedYear = new Date().getFullYear() - 1): Promise<string> {
  const input = {
    title: `Annual review ${reviewedYear}`,
    shop: 'Tea House flagship store (demo)',
    reviewedYear,
    currency: 'CNY',
    locale: 'en' as const,
  };
  const { id } = await rooms.create(input, { fill: fillDemo });
  return id;
}

/** Fills a freshly templated board with a year of example figures, measures and a comment thread. */
export function fillDemo(doc: Y.Doc): void {
  const board = readBoard(doc);
  for (const goal of board.goals) {
    const figures = GOALS[goal.kind];
    if (figures) updateGoal(doc, goal.id, figures);
  }
  const sales = board.goals.find((goal) => goal.kind === 'sales');
  if (sales) {
    updateGoal(doc, sales.id, {
      subjectiveCause: 'The 618 pre-sale started late and the live-stream team was short of hosts.',
      objectiveCause: 'Category traffic on the platform fell about 8% in Q2.',
      judgement: 'Start the 618 pre-sale two weeks earlier and train two more live-stream hosts by April.',
    });
  }
  for (const line of board.ledger) {
    const figures = LEDGER[line.category];
    if (figures) updateLedgerLine(doc, line.id, figures);
  }
  for (const outcome of board.outcomes) {
    const figures = OUTCOMES[outcome.kind];
    if (figures) updateOutcome(doc, outcome.id, figures);
  }
  for (const event of board.events) {
    const figures = CAMPAIGNS[event.campaign];
    if (figures) updateEvent(doc, event.id, figures);
  }
  addMeasure(doc, { text: 'Keep the Double 11 pre-sale bundles and the early-bird coupons', column: 'keep' });
  addMeasure(doc, { text: 'Start 618 preparation in April, with two more live-stream hosts', column: 'change' });
  addMeasure(doc, { text: 'Add a membership programme for returning customers', column: 'add' });
  const june = board.events.find((event) => event.campaign === 'mid618');
  if (june) {
    const thread = addThread(doc, {
      targetKind: 'event',
      targetId: june.id,
      text: 'Why did 618 miss by 21%?',
      ...DEMO_AUTHOR,
    });
    addReply(doc, thread, {
      text: 'Traffic was fine; conversion dropped when the gift boxes sold out on day two.',
      author: 'Marta (marketing)',
      authorId: 'demo-marta',
      color: '#c2410c',
    });
  }
}
