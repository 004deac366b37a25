import { boardGrowthOf, goalPlanFigures } from '@balanza/metrics';
import { GROWTH_LIMITS } from '@balanza/model';
import { useMemo } from 'react';
import { useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { NumberCell } from '../../board/cells/NumberCell.tsx';
import { SectionHeader } from '../../board/SectionHeader.tsx';
import { usePlanMetrics } from '../../board/usePlanMetrics.ts';
import { Link } from '../../router/Link.tsx';
import { boardPath } from '../../router/router.ts';
import { usePlanYearText } from './budget-texts.ts';
import { PlanBudgets } from './PlanBudgets.tsx';
import { PlanCampaigns } from './PlanCampaigns.tsx';
import { PlanGoals } from './PlanGoals.tsx';
import { PlanItems } from './PlanItems.tsx';
import { PlanMonths } from './PlanMonths.tsx';
import { PlanPart } from './PlanPart.tsx';
import { PlanScenarios } from './PlanScenarios.tsx';
import { PlanTotals } from './PlanTotals.tsx';
import { PlanTracking } from './PlanTracking.tsx';
import { usePlanText } from './texts.ts';

/**
 * The operating plan of the board's year ([PLAN-3]…[PLAN-13]): the growth every goal follows and the plan's
 * projected turnover, input, profit, margin and ROI, then its parts — targets, months, budgets, the campaign
 * calendar, scenarios, the year tracked against the plan and the plan's items. A board that is only a
 * review says where its plan is made.
 */
export function PlanSection() {
  const snapshot = useSnapshot();
  const text = usePlanText();
  const { meta } = snapshot;
  if (!meta.previousBoardId) {
    return (
      <section className="section" aria-labelledby="section-heading" data-testid="plan-section">
        <SectionHeader title={text.title(meta.planYear)} intro={text.reviewOnly(meta.reviewedYear, meta.planYear)}>
          {meta.nextBoardId ? (
            <Link href={boardPath(meta.nextBoardId, 'plan')} className="button" data-testid="plan-open-next">
              {text.openNext(meta.planYear)}
            </Link>
          ) : (
            <p className="muted">{text.startFromHeader}</p>
          )}
        </SectionHeader>
      </section>
    );
  }
  return <PlanOfTheYear />;
}

function PlanOfTheYear() {
  const snapshot = useSnapshot();
  const actions = useActions();
  const text = usePlanText();
  const metrics = usePlanMetrics(snapshot);
  const { meta, goals } = snapshot;
  // The plan's year is the board's own: at its end, this board is that year's review.
  const year = meta.reviewedYear;
  const growth = boardGrowthOf(snapshot.plan);
  // Each goal's plan target, once per render for the targets and the months that split them.
  const targets = useMemo(
    () => new Map(goals.map((goal) => [goal.id, goalPlanFigures(goal, growth, meta.currency)])),
    [goals, growth, meta.currency],
  );
  return (
    <section className="goals-section plan-section" aria-labelledby="section-heading" data-testid="plan-section">
      <SectionHeader title={text.title(year)} intro={text.intro(year)} />
      <PlanContents />
      <div className="plan-growth">
        <label htmlFor="plan-growth-input">{text.growth}</label>
        <div className="plan-growth-cell">
          <NumberCell
            row={0}
            col={0}
            value={growth * 100}
            unit="percent"
            label={text.growth}
            testId="plan-growth"
            min={GROWTH_LIMITS.min * 100}
            max={GROWTH_LIMITS.max * 100}
            onChange={(value) => actions.setBoardGrowth((value ?? 0) / 100)}
          />
        </div>
        <p className="muted">{text.growthHelp}</p>
      </div>

      <PlanTotals metrics={metrics} />

      <PlanPart id="targets" title={text.targets} intro={text.targetsIntro}>
        <PlanGoals goals={goals} targets={targets} />
      </PlanPart>
      <PlanMonths goals={goals} targets={targets} currency={meta.currency} profile={metrics.profile} />
      <PlanBudgets
        lines={snapshot.ledger}
        budgetRatio={metrics.budgetRatio}
        turnoverLastYear={metrics.turnoverLastYear}
        totalInput={metrics.totalInput}
        currency={meta.currency}
      />
      <PlanCampaigns events={snapshot.events} totals={metrics.campaigns} locale={meta.locale} />
      <PlanScenarios metrics={metrics} />
      <PlanTracking tracking={metrics.tracking} hasPlan={metrics.salesMonths !== null} />
      <PlanItems measures={snapshot.measures} year={year} />
    </section>
  );
}

const PARTS = ['targets', 'months', 'budgets', 'campaigns', 'scenarios', 'tracking', 'items'] as const;

/** Links to the parts of a long section, so each is one click away (and on a phone, one tap). */
function PlanContents() {
  const text = usePlanText();
  const yearText = usePlanYearText();
  const titles: Record<(typeof PARTS)[number], string> = {
    targets: text.targets,
    months: text.months.title,
    budgets: yearText.budgets.title,
    campaigns: yearText.campaigns.title,
    scenarios: text.scenarios,
    tracking: yearText.tracking.title,
    items: yearText.items.title,
  };
  return (
    <nav className="plan-contents" aria-label={text.parts}>
      <ul>
        {PARTS.map((part) => (
          <li key={part}>
            <a href={`#plan-${part}`}>{titles[part]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
