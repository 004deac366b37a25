import type { LedgerMetrics } from '@balanza/metrics';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useNumbers } from '../../board/BoardContext.tsx';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import type { NumberFormats } from '../../i18n/numbers.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { ACTIVE_STROKE, ChartPatterns, FILLS } from './ChartPatterns.tsx';
import type { ChartData } from './chartData.ts';
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
export function InputOutputChart({ ledger, viewToggle }: { ledger: LedgerMetrics; viewToggle?: boolean }) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const compact = useCompactMoney(numbers);
  const { totals } = ledger;
  const rows = [
    { id: 'input', name: text.totalInput, thisYear: totals.input.value, lastYear: totals.inputLastYear.value },
    { id: 'output', name: text.turnover, thisYear: totals.output.value, lastYear: totals.outputLastYear.value },
    {
      id: 'profit',
      name: text.profit,
      thisYear: totals.operatingProfit.value,
      lastYear: totals.operatingProfitLastYear.value,
    },
  ];
  const data: ChartData<(typeof rows)[number]> = {
    rows,
    nameHeader: text.total,
    columns: [
      { header: text.lastYear, text: (row) => compact(row.lastYear) || '—' },
      { header: text.thisYear, text: (row) => compact(row.thisYear) || '—' },
    ],
  };
  const highlight = (active: string | null) =>
    rows.map((row) => <Cell key={row.id} {...(row.id === active ? ACTIVE_STROKE : {})} />);
  return (
    <ChartFigure
      chart="input-output"
      title={text.inputOutput}
      testId="input-output-chart"
      caption={text.inputOutputHelp}
      data={data}
      viewToggle={viewToggle}
    >
      {(active) => (
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <ChartPatterns />
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis tickFormatter={compact} tick={{ fontSize: 11 }} width={64} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar
              dataKey="lastYear"
              name={text.lastYear}
              fill={FILLS.lastYear}
              stroke="#8c959f"
              isAnimationActive={false}
            >
              {highlight(active)}
              <LabelList dataKey="lastYear" position="top" formatter={compact} fontSize={11} />
            </Bar>
            <Bar dataKey="thisYear" name={text.thisYear} fill={FILLS.thisYear} isAnimationActive={false}>
              {highlight(active)}
              <LabelList dataKey="thisYear" position="top" formatter={compact} fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

/** Each cost line's share of turnover, labelled with its name and percentage. */
export function CostSharesChart({ ledger, viewToggle }: { ledger: LedgerMetrics; viewToggle?: boolean }) {
  const numbers = useNumbers();
  const text = useDashboardTexts();
  const ledgerText = useLedgerTexts();
  const rows = ledger.lines
    .filter((line) => line.side === 'input' && line.share.ok)
    .map((line) => ({
      id: line.id,
      name: line.label || ledgerText.categories[line.category],
      share: line.share.value,
    }));
  if (rows.length === 0) return <p className="muted">{text.costSharesEmpty}</p>;
  const ratio = (value: unknown) => (typeof value === 'number' ? numbers.ratio(value) : '');
  const data: ChartData<(typeof rows)[number]> = {
    rows,
    nameHeader: text.line,
    columns: [{ header: text.share, text: (row) => ratio(row.share) }],
  };
  return (
    <ChartFigure
      chart="cost-shares"
      title={text.costShares}
      testId="cost-shares-chart"
      data={data}
      viewToggle={viewToggle}
    >
      {(active) => (
        <ResponsiveContainer width="100%" height={rows.length * 30 + 40}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 64, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis type="number" tickFormatter={ratio} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
            <Bar dataKey="share" fill="var(--accent)" barSize={16} isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.id} {...(row.id === active ? ACTIVE_STROKE : {})} />
              ))}
              <LabelList dataKey="share" position="right" formatter={ratio} fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
