import type { LedgerMetrics } from '@balanza/metrics';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useNumbers } from '../../board/BoardContext.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import type { NumberFormats } from '../../i18n/numbers.ts';
import { ChartPatterns, FILLS } from './ChartPatterns.tsx';
import { useDashboardTexts } from './texts.ts';

/** Compact money for axes and bar labels ("¥1.2M"), in the board's locale. */
const useCompactMoney = (numbers: NumberFormats) =>
  useMemo(() => {
    const format = new Intl.NumberFormat(numbers.locale, {
      style: 'currency',
      currency: numbers.currency,
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    return (value: unknown) => (typeof value === 'number' ? format.format(value) : '');
  }, [numbers]);

/** Total input, turnover and profit: last year (hatched) beside this year (solid), each bar labelled. */
export function InputOutputChart({ ledger }: { ledger: LedgerMetrics }) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const compact = useCompactMoney(numbers);
  const { totals } = ledger;
  const data = [
    { name: text.totalInput, thisYear: totals.input.value, lastYear: totals.inputLastYear.value },
    { name: text.turnover, thisYear: totals.output.value, lastYear: totals.outputLastYear.value },
    { name: text.profit, thisYear: totals.operatingProfit.value, lastYear: totals.operatingProfitLastYear.value },
  ];
  return (
    <figure className="chart" data-testid="input-output-chart">
      <figcaption className="muted">{text.inputOutputHelp}</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 20, right: 8, bottom: 8, left: 8 }}>
          <ChartPatterns />
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tickFormatter={compact} tick={{ fontSize: 11 }} width={64} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="lastYear" name={text.lastYear} fill={FILLS.lastYear} stroke="#8c959f" isAnimationActive={false}>
            <LabelList dataKey="lastYear" position="top" formatter={compact} fontSize={11} />
          </Bar>
          <Bar dataKey="thisYear" name={text.thisYear} fill={FILLS.thisYear} isAnimationActive={false}>
            <LabelList dataKey="thisYear" position="top" formatter={compact} fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Each cost line's share of turnover, labelled with its name and percentage. */
export function CostSharesChart({ ledger }: { ledger: LedgerMetrics }) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const ledgerText = useLedgerTexts();
  const data = ledger.lines
    .filter((line) => line.side === 'input' && line.share.ok)
    .map((line) => ({
      id: line.id,
      name: line.label || ledgerText.categories[line.category],
      share: line.share.value,
    }));
  if (data.length === 0) return <p className="muted">{text.costSharesEmpty}</p>;
  return (
    <figure className="chart" data-testid="cost-shares-chart">
      <ResponsiveContainer width="100%" height={data.length * 30 + 40}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis type="number" tickFormatter={(value: number) => numbers.ratio(value)} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Bar dataKey="share" fill="var(--accent)" barSize={16} isAnimationActive={false}>
            <LabelList
              dataKey="share"
              position="right"
              formatter={(value: unknown) => (typeof value === 'number' ? numbers.ratio(value) : '')}
              fontSize={11}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
