import type { LedgerLine, Outcome } from '@balanza/model';
import { change, computed, difference, type Figure, notComputable, ratio, read } from './figure.ts';

export const LEDGER_FORMULAS = {
  totalInput: 'sum of the input lines',
  totalOutput: 'sum of the output lines',
  operatingProfit: 'turnover − total input',
  operatingMargin: 'operating profit ÷ turnover',
  costShare: 'line ÷ turnover',
  roi: '(output − input) ÷ input',
  change: 'this year − last year',
  yearOverYear: '(this year − last year) ÷ last year',
  yearOverYearNegativeBase: '(this year − last year) ÷ |last year|',
  outcomeChange: 'after − before',
  outcomeChangePercent: '(after − before) ÷ before',
  outcomeChangePercentNegativeBase: '(after − before) ÷ |before|',
} as const;

/** One ledger line's own figures (those that need no other line). */
export interface LedgerLineFigures {
  id: string;
  side: LedgerLine['side'];
  category: LedgerLine['category'];
  label: string;
  amount: number | null;
  lastYear: number | null;
  /** this year − last year */
  change: Figure;
  yearOverYear: Figure;
}

/** A line with its share of turnover, which depends on every output line. */
export interface LedgerLineMetrics extends LedgerLineFigures {
  share: Figure;
}

/** Sums of one side of the ledger: blank lines are left out and counted, so the UI can say "5 of 7 filled". */
export interface SideSums {
  amount: number;
  lastYear: number;
  /** Lines with an amount this year / last year. */
  filled: number;
  filledLastYear: number;
  lines: number;
}

export interface LedgerTotals {
  input: Figure;
  output: Figure;
  inputLastYear: Figure;
  outputLastYear: Figure;
  operatingProfit: Figure;
  operatingProfitLastYear: Figure;
  operatingMargin: Figure;
  roi: Figure;
  inputYearOverYear: Figure;
  outputYearOverYear: Figure;
  counts: { input: SideSums; output: SideSums };
}

export interface LedgerMetrics {
  lines: LedgerLineMetrics[];
  totals: LedgerTotals;
  /** The lines that moved most against last year (by absolute change, largest first), at most `MOVERS`. */
  movers: LedgerLineMetrics[];
}

export const MOVERS = 5;

export function ledgerLineFigures(line: LedgerLine): LedgerLineFigures {
  return {
    id: line.id,
    side: line.side,
    category: line.category,
    label: line.label,
    amount: line.amount,
    lastYear: line.lastYear,
    change: difference(line.amount, line.lastYear, LEDGER_FORMULAS.change, ['missing-actual', 'missing-value']),
    yearOverYear: change(
      line.amount,
      line.lastYear,
      LEDGER_FORMULAS.yearOverYear,
      LEDGER_FORMULAS.yearOverYearNegativeBase,
    ),
  };
}

/** Cost share: the line's amount ÷ turnover (all output lines). */
export const shareOf = (line: Pick<LedgerLine, 'amount'>, turnover: Figure): Figure =>
  turnover.ok
    ? ratio(line.amount, turnover.value, LEDGER_FORMULAS.costShare)
    : notComputable(LEDGER_FORMULAS.costShare, turnover.reason);

export const emptySums = (): SideSums => ({ amount: 0, lastYear: 0, filled: 0, filledLastYear: 0, lines: 0 });

/** Adds (sign 1) or takes away (sign −1) a line's contribution to its side's sums. */
export function addToSums(sums: SideSums, line: LedgerLine, sign: 1 | -1): void {
  const amount = read(line.amount);
  const lastYear = read(line.lastYear);
  sums.lines += sign;
  if (typeof amount === 'number') {
    sums.amount += sign * amount;
    sums.filled += sign;
  }
  if (typeof lastYear === 'number') {
    sums.lastYear += sign * lastYear;
    sums.filledLastYear += sign;
  }
}

const sumFigure = (sums: SideSums, which: 'amount' | 'lastYear', formula: string): Figure =>
  (which === 'amount' ? sums.filled : sums.filledLastYear) === 0
    ? notComputable(formula, 'missing-value')
    : computed(sums[which], formula);

/** The ledger's totals from the sums of each side. */
export function ledgerTotals(input: SideSums, output: SideSums): LedgerTotals {
  const f = LEDGER_FORMULAS;
  const totalIn = sumFigure(input, 'amount', f.totalInput);
  const totalOut = sumFigure(output, 'amount', f.totalOutput);
  const inLast = sumFigure(input, 'lastYear', f.totalInput);
  const outLast = sumFigure(output, 'lastYear', f.totalOutput);
  const profit = (outputs: Figure, inputs: Figure) =>
    difference(outputs.value, inputs.value, f.operatingProfit, ['missing-value', 'missing-value']);
  const operatingProfit = profit(totalOut, totalIn);
  return {
    input: totalIn,
    output: totalOut,
    inputLastYear: inLast,
    outputLastYear: outLast,
    operatingProfit,
    operatingProfitLastYear: profit(outLast, inLast),
    operatingMargin: ratio(operatingProfit.value, totalOut.value, f.operatingMargin),
    roi: ratio(operatingProfit.value, totalIn.value, f.roi),
    inputYearOverYear: change(totalIn.value, inLast.value, f.yearOverYear, f.yearOverYearNegativeBase),
    outputYearOverYear: change(totalOut.value, outLast.value, f.yearOverYear, f.yearOverYearNegativeBase),
    counts: { input: { ...input }, output: { ...output } },
  };
}

/** Keeps the `MOVERS` lines with the largest absolute change, largest first (ties: earlier line first). */
export function topMovers(lines: Iterable<LedgerLineMetrics>): LedgerLineMetrics[] {
  const top: LedgerLineMetrics[] = [];
  const size = (line: LedgerLineMetrics) => Math.abs(line.change.value ?? 0);
  for (const line of lines) {
    if (!line.change.ok || line.change.value === 0) continue;
    if (top.length === MOVERS && size(line) <= size(top[MOVERS - 1] as LedgerLineMetrics)) continue;
    let at = top.length;
    while (at > 0 && size(top[at - 1] as LedgerLineMetrics) < size(line)) at--;
    top.splice(at, 0, line);
    if (top.length > MOVERS) top.pop();
  }
  return top;
}

/** The whole ledger, computed from scratch. */
export function ledgerMetrics(ledger: readonly LedgerLine[]): LedgerMetrics {
  const input = emptySums();
  const output = emptySums();
  for (const line of ledger) addToSums(line.side === 'output' ? output : input, line, 1);
  const totals = ledgerTotals(input, output);
  const lines = ledger.map((line) => ({ ...ledgerLineFigures(line), share: shareOf(line, totals.output) }));
  return { lines, totals, movers: topMovers(lines) };
}

/** A non-money outcome, before → after. */
export interface OutcomeMetrics {
  id: string;
  label: string;
  change: Figure;
  changePercent: Figure;
}

export function outcomeMetrics(outcome: Outcome): OutcomeMetrics {
  const f = LEDGER_FORMULAS;
  return {
    id: outcome.id,
    label: outcome.label,
    change: difference(outcome.after, outcome.before, f.outcomeChange, ['missing-actual', 'missing-value']),
    changePercent: change(outcome.after, outcome.before, f.outcomeChangePercent, f.outcomeChangePercentNegativeBase),
  };
}
