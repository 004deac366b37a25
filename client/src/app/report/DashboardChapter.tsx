import type { ReviewMetrics } from '@balanza/metrics';
import { MoversList } from '../../board/figures/MoversList.tsx';
import { AttainmentChart } from '../../sections/dashboard/AttainmentChart.tsx';
import { CostSharesChart, InputOutputChart } from '../../sections/dashboard/LedgerCharts.tsx';
import { useDashboardTexts } from '../../sections/dashboard/texts.ts';
import { EmptyNote, ReportChapter } from './ReportParts.tsx';
import { useReportText } from './texts.ts';

/**
 * The dashboard's charts, the same components the Dashboard section draws: attainment, input vs output, costs,
 * movers. Without their "show as table" toggle (a report has no controls); their points are still walked with
 * the keyboard ([A11Y-10]).
 */
export function DashboardChapter({ metrics }: { metrics: ReviewMetrics }) {
  const text = useReportText();
  const dashboardText = useDashboardTexts();
  return (
    <ReportChapter chapter="dashboard" title={text.chapters.dashboard}>
      <div className="report-part">
        <h3>{dashboardText.attainment}</h3>
        {metrics.goals.items.length === 0 ? (
          <EmptyNote>{dashboardText.goalsEmpty}</EmptyNote>
        ) : (
          <AttainmentChart goals={metrics.goals.items} threshold={metrics.threshold} viewToggle={false} />
        )}
      </div>
      <div className="report-part">
        <h3>{dashboardText.inputOutput}</h3>
        <InputOutputChart ledger={metrics.ledger} viewToggle={false} />
      </div>
      <div className="report-part">
        <h3>{dashboardText.costShares}</h3>
        <CostSharesChart ledger={metrics.ledger} viewToggle={false} />
      </div>
      <div className="report-part">
        <h3>{dashboardText.movers}</h3>
        <MoversList movers={metrics.ledger.movers} />
      </div>
    </ReportChapter>
  );
}
