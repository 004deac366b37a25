import type { LedgerLine, TimelineEvent } from '@balanza/model';
import { read } from '../figure.ts';

const twelve = () => new Array<number>(12).fill(0);
const num = (value: unknown): number | null => {
  const reading = read(value);
  return typeof reading === 'number' ? reading : null;
};

/**
 * Running sums of the ledger and the campaigns that every plan projection is made of. Each line and event
 * adds its share once (sign 1) and takes it back when it changes (sign −1), so the tracker keeps them edit by
 * edit; the full computation adds every item once. Blank and invalid values add nothing.
 */
export interface PlanSums {
  /** Output lines: last year's total, this year's monthly actuals. */
  turnoverLastYear: number;
  turnoverLastYearFilled: number;
  outputLastYearByMonth: number[];
  actualByMonth: number[];
  actualFilledByMonth: number[];
  /** Input lines, per category: how many, last year, budgets set, and last year of the lines without a budget. */
  inputLines: Record<string, number>;
  inputLastYear: Record<string, number>;
  budgetSet: Record<string, number>;
  unbudgetedLastYear: Record<string, number>;
  /** Campaigns: last year's GMV and spend, last year's GMV by month of the campaign's end. */
  campaignLastYearGmv: number;
  campaignLastYearByMonth: number[];
  roasGmv: number;
  roasSpend: number;
  plannedGmv: number;
  plannedGmvFilled: number;
  /** A campaign's base budget (its budget, else last year's spend) with and without its own last-year ROAS. */
  baseBudget: number;
  budgetTimesOwnRoas: number;
  budgetWithoutOwnRoas: number;
  events: number;
}

export const emptyPlanSums = (): PlanSums => ({
  turnoverLastYear: 0,
  turnoverLastYearFilled: 0,
  outputLastYearByMonth: twelve(),
  actualByMonth: twelve(),
  actualFilledByMonth: twelve(),
  inputLines: {},
  inputLastYear: {},
  budgetSet: {},
  unbudgetedLastYear: {},
  campaignLastYearGmv: 0,
  campaignLastYearByMonth: twelve(),
  roasGmv: 0,
  roasSpend: 0,
  plannedGmv: 0,
  plannedGmvFilled: 0,
  baseBudget: 0,
  budgetTimesOwnRoas: 0,
  budgetWithoutOwnRoas: 0,
  events: 0,
});

const bump = (record: Record<string, number>, key: string, by: number) => {
  record[key] = (record[key] ?? 0) + by;
};

/** A monthly line's month index 0–11, or −1 for a whole-year line. */
const monthIndex = (month: unknown) => (typeof month === 'number' && month >= 1 && month <= 12 ? month - 1 : -1);

export function addLine(sums: PlanSums, line: LedgerLine, sign: 1 | -1): void {
  const lastYear = num(line.lastYear);
  const at = monthIndex(line.month);
  if (line.side === 'output') {
    if (lastYear !== null) {
      sums.turnoverLastYear += sign * lastYear;
      sums.turnoverLastYearFilled += sign;
      if (at >= 0) sums.outputLastYearByMonth[at] = (sums.outputLastYearByMonth[at] as number) + sign * lastYear;
    }
    const amount = num(line.amount);
    if (amount !== null && at >= 0) {
      sums.actualByMonth[at] = (sums.actualByMonth[at] as number) + sign * amount;
      sums.actualFilledByMonth[at] = (sums.actualFilledByMonth[at] as number) + sign;
    }
    return;
  }
  const budget = num(line.budget);
  bump(sums.inputLines, line.category, sign);
  if (lastYear !== null) bump(sums.inputLastYear, line.category, sign * lastYear);
  if (budget !== null) bump(sums.budgetSet, line.category, sign * budget);
  else if (lastYear !== null) bump(sums.unbudgetedLastYear, line.category, sign * lastYear);
}

/** A campaign's own last-year ROAS (GMV ÷ spend), or null when it has not both or spent nothing. */
export function ownRoas(event: Pick<TimelineEvent, 'lastYearGmv' | 'lastYearSpend'>): number | null {
  const gmv = num(event.lastYearGmv);
  const spend = num(event.lastYearSpend);
  return gmv !== null && spend !== null && spend > 0 ? gmv / spend : null;
}

/** The budget a campaign plans with: its own, else last year's spend, else nothing. */
export const baseBudgetOf = (event: Pick<TimelineEvent, 'budget' | 'lastYearSpend'>): number =>
  num(event.budget) ?? num(event.lastYearSpend) ?? 0;

export function addEvent(sums: PlanSums, event: TimelineEvent, sign: 1 | -1): void {
  sums.events += sign;
  const gmv = num(event.lastYearGmv);
  const spend = num(event.lastYearSpend);
  if (gmv !== null) {
    sums.campaignLastYearGmv += sign * gmv;
    const at = monthIndex(Number(String(event.end).slice(5, 7)));
    if (at >= 0) sums.campaignLastYearByMonth[at] = (sums.campaignLastYearByMonth[at] as number) + sign * gmv;
  }
  if (gmv !== null && spend !== null) {
    sums.roasGmv += sign * gmv;
    sums.roasSpend += sign * spend;
  }
  const planned = num(event.targetGmv);
  if (planned !== null) {
    sums.plannedGmv += sign * planned;
    sums.plannedGmvFilled += sign;
  }
  const budget = baseBudgetOf(event);
  const roas = ownRoas(event);
  sums.baseBudget += sign * budget;
  if (roas === null) sums.budgetWithoutOwnRoas += sign * budget;
  else sums.budgetTimesOwnRoas += sign * budget * roas;
}
