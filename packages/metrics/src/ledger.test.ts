/**
 * [LEDGER-1] total input = sum of the filled input lines; operating profit = turnover − total input;
 *            operating margin = profit ÷ turnover; cost share = line ÷ turnover; ROI = (output − input) ÷ input.
 * [LEDGER-2] each line's change = this year − last year and year over year = change ÷ |last year|; the
 *            movers are the lines with the largest absolute change.
 * [LEDGER-3] non-money outcomes: change = after − before, change % = change ÷ |before|.
 */
import type { LedgerLine, Outcome } from '@balanza/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure.ts';
import { LEDGER_FORMULAS, ledgerMetrics, outcomeMetrics } from './ledger.ts';

const value = (figure: Figure) => (figure.ok ? figure.value : figure.reason);
let next = 0;
const line = (fields: Partial<LedgerLine>): LedgerLine => ({
  id: `l${next++}`,
  side: 'input',
  category: 'custom',
  label: '',
  amount: null,
  month: null,
  lastYear: null,
  order: 'a0',
  ...fields,
});

const year = [
  line({ category: 'labour', amount: 200_000, lastYear: 180_000 }),
  line({ category: 'product', amount: 400_000, lastYear: 300_000 }),
  line({ category: 'marketing', amount: 150_000, lastYear: 200_000 }),
  line({ category: 'logistics', amount: 50_000 }),
  line({ category: 'afterSales' }),
  line({ side: 'output', category: 'turnover', amount: 1_000_000, lastYear: 800_000 }),
];

describe('ledgerMetrics', () => {
  it('[LEDGER-1] totals, profit, margin, ROI and cost shares, by hand', () => {
    const { totals, lines } = ledgerMetrics(year);
    expect(totals.input).toEqual({ ok: true, value: 800_000, formula: LEDGER_FORMULAS.totalInput });
    expect(value(totals.output)).toBe(1_000_000);
    expect(totals.operatingProfit).toEqual({ ok: true, value: 200_000, formula: LEDGER_FORMULAS.operatingProfit });
    expect(value(totals.operatingMargin)).toBe(0.2); // 200,000 ÷ 1,000,000
    expect(totals.roi).toEqual({ ok: true, value: 0.25, formula: LEDGER_FORMULAS.roi }); // 200,000 ÷ 800,000
    expect(lines.map((l) => value(l.share))).toEqual([0.2, 0.4, 0.15, 0.05, 'missing-value', 1]);
    expect(totals.counts.input).toMatchObject({ filled: 4, lines: 5, filledLastYear: 3 });
    // Last year: inputs 680,000 (three lines filled), turnover 800,000.
    expect(value(totals.inputLastYear)).toBe(680_000);
    expect(value(totals.operatingProfitLastYear)).toBe(120_000);
    expect(value(totals.outputYearOverYear)).toBe(0.25);
  });

  it('[LEDGER-2] per-line change and year over year; the biggest movers first', () => {
    const { lines, movers } = ledgerMetrics(year);
    expect(lines.map((l) => value(l.change))).toEqual([
      20_000,
      100_000,
      -50_000,
      'missing-value',
      'missing-actual',
      200_000,
    ]);
    expect(value(lines[2]?.yearOverYear as Figure)).toBe(-0.25);
    expect(movers.map((l) => l.category)).toEqual(['turnover', 'product', 'marketing', 'labour']);
  });

  it('[METRICS-4] no turnover: shares, margin and ROI say why; an empty ledger says missing-value', () => {
    const costsOnly = ledgerMetrics([line({ amount: 100 }), line({ amount: 0 })]);
    expect(value(costsOnly.totals.output)).toBe('missing-value');
    expect(value(costsOnly.lines[0]?.share as Figure)).toBe('missing-value');
    expect(value(costsOnly.totals.operatingMargin)).toBe('missing-value');
    const zeroTurnover = ledgerMetrics([
      line({ amount: 0 }),
      line({ side: 'output', category: 'turnover', amount: 0 }),
    ]);
    expect(value(zeroTurnover.totals.roi)).toBe('zero-divisor');
    expect(value(zeroTurnover.totals.operatingMargin)).toBe('zero-divisor');
    expect(value(ledgerMetrics([]).totals.input)).toBe('missing-value');
  });

  it('[LEDGER-1] ROI = margin × turnover ÷ input, and profit = output − input, for any amounts', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 8 }), amount, (costs, turnover) => {
        const { totals } = ledgerMetrics([
          ...costs.map((a) => line({ amount: a })),
          line({ side: 'output', category: 'turnover', amount: turnover }),
        ]);
        const input = costs.reduce((a, b) => a + b, 0);
        expect(value(totals.operatingProfit)).toBe(turnover - input);
        expect(totals.roi.value).toBeCloseTo(((totals.operatingMargin.value as number) * turnover) / input, 9);
      }),
    );
  });
});

describe('outcomeMetrics', () => {
  const outcome = (before: number | null, after: number | null): Outcome => ({
    id: 'o',
    kind: 'storeLevel',
    label: 'Store level',
    before,
    after,
    unit: 'level',
    order: 'a0',
  });
  it('[LEDGER-3] before → after: change and change %', () => {
    expect(value(outcomeMetrics(outcome(4, 5)).change)).toBe(1);
    expect(value(outcomeMetrics(outcome(4, 5)).changePercent)).toBe(0.25);
    expect(value(outcomeMetrics(outcome(null, 5)).changePercent)).toBe('missing-value');
    expect(value(outcomeMetrics(outcome(0, 5)).changePercent)).toBe('zero-divisor');
  });
});
