import type { PlanMetrics } from '@balanza/metrics';
import { useNumbers } from '../../board/BoardContext.tsx';
import { KpiTile } from '../../board/figures/LedgerTotals.tsx';
import { usePlanText } from './texts.ts';

/** The plan's projected turnover, input, profit, margin and ROI in a row of tiles, each with its formula. */
export function PlanTotals({ metrics }: { metrics: PlanMetrics }) {
  const numbers = useNumbers();
  const text = usePlanText();
  const money = (value: number) => numbers.value('money', value);
  const shortMoney = (value: number) => numbers.compact('money', value);
  const turnoverLastYear = metrics.turnoverLastYear.ok
    ? text.lastYear(money(metrics.turnoverLastYear.value))
    : undefined;
  return (
    <dl className="kpi-strip" data-testid="plan-totals" aria-label={text.projection}>
      <KpiTile
        name={text.totals.turnover}
        figure={metrics.turnover}
        format={money}
        short={shortMoney}
        testId="plan-turnover"
        note={turnoverLastYear}
      />
      <KpiTile
        name={text.totals.input}
        figure={metrics.totalInput}
        format={money}
        short={shortMoney}
        testId="plan-input"
      />
      <KpiTile
        name={text.totals.profit}
        figure={metrics.operatingProfit}
        format={money}
        short={shortMoney}
        testId="plan-profit"
      />
      <KpiTile name={text.totals.margin} figure={metrics.operatingMargin} format={numbers.ratio} testId="plan-margin" />
      <KpiTile name={text.totals.roi} figure={metrics.roi} format={numbers.ratio} testId="plan-roi" />
    </dl>
  );
}
