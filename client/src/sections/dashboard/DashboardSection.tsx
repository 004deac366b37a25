import { useNumbers, useSnapshot } from '../../board/BoardContext.tsx';
import { useGoalTexts } from '../../board/figures/goalTexts.ts';
import { LedgerTotals } from '../../board/figures/LedgerTotals.tsx';
import { MoversList } from '../../board/figures/MoversList.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { useReviewMetrics } from '../../board/useReviewMetrics.ts';
import { CheckIcon, CrossIcon, DashIcon } from '../../ui/icons.tsx';
import { AttainmentChart } from './AttainmentChart.tsx';
import { CostSharesChart, InputOutputChart } from './LedgerCharts.tsx';
import { useDashboardTexts } from './texts.ts';

/** The year at a glance, live: goal attainment, input against output, cost shares and the movers. */
export function DashboardSection() {
  const snapshot = useSnapshot();
  const text = useDashboardTexts();
  const goalText = useGoalTexts();
  const { meta } = snapshot;
  const numbers = useNumbers();
  const metrics = useReviewMetrics(snapshot);
  const { summary } = metrics.goals;
  const campaigns = metrics.campaigns.totals;
  return (
    <section className="goals-section dashboard" aria-labelledby="section-heading">
      <SectionHeader title={text.title} intro={text.intro(meta.reviewedYear)} />
      <p className="goals-summary static" data-testid="dashboard-summary">
        <span className="summary-chip summary-hit">
          <CheckIcon /> <span className="summary-count">{summary.hit}</span> {goalText.hit}
        </span>
        <span className="summary-chip summary-missed">
          <CrossIcon /> <span className="summary-count">{summary.missed}</span> {goalText.missed}
        </span>
        <span className="summary-chip summary-unfilled">
          <DashIcon /> <span className="summary-count">{summary.unfilled}</span> {goalText.unfilled}
        </span>
        {campaigns.hitRate.ok && (
          <span className="summary-chip">
            {text.campaignsHitRate}: {numbers.ratio(campaigns.hitRate.value)}
          </span>
        )}
        {campaigns.roas.ok && (
          <span className="summary-chip" title={campaigns.roas.formula}>
            {text.roas}: {numbers.value('count', campaigns.roas.value)}
          </span>
        )}
      </p>
      <div className="dashboard-grid">
        <section className="panel panel-wide" aria-labelledby="dash-attainment">
          <h2 id="dash-attainment">{text.attainment}</h2>
          {metrics.goals.items.length === 0 ? (
            <p className="muted">{text.goalsEmpty}</p>
          ) : (
            <AttainmentChart goals={metrics.goals.items} threshold={metrics.threshold} />
          )}
        </section>
        <section className="panel panel-wide" aria-labelledby="dash-ledger">
          <h2 id="dash-ledger">{text.inputOutput}</h2>
          <LedgerTotals totals={metrics.ledger.totals} />
          <InputOutputChart ledger={metrics.ledger} />
        </section>
        <section className="panel" aria-labelledby="dash-shares">
          <h2 id="dash-shares">{text.costShares}</h2>
          <CostSharesChart ledger={metrics.ledger} />
        </section>
        <section className="panel" aria-labelledby="dash-movers">
          <h2 id="dash-movers">{text.movers}</h2>
          <MoversList movers={metrics.ledger.movers} />
        </section>
      </div>
    </section>
  );
}
