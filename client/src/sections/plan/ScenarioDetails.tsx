import { baseBudgetOf, firstSalesGoal, type PlanMetrics } from '@balanza/metrics';
import type { Scenario } from '@balanza/model';
import { useMemo, useRef, useState } from 'react';
import { useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { byDate } from './PlanPart.tsx';
import { ScenarioCell } from './ScenarioCell.tsx';
import { num, ScenarioHead, ScenarioTable, useChecks, useFormats } from './ScenarioParts.tsx';
import { useScenarioText } from './scenario-texts.ts';
import { usePlanText } from './texts.ts';

/** One goal or campaign: its name, what the plan has for it now, and a scenario's value and fallback. */
interface KeyedRow {
  id: string;
  name: string;
  note?: string | undefined;
  plan: string;
  value: (scenario: Scenario) => unknown;
  fallback: (scenario: Scenario) => string;
}

interface KeyedProps {
  scenarios: readonly Scenario[];
  metrics: PlanMetrics;
}

/** Each goal's growth in each scenario ([PLAN-9]); the sales goal's is the GMV's growth. */
export function ScenarioGoalGrowth({ scenarios, metrics }: KeyedProps) {
  const { goals } = useSnapshot();
  const text = useScenarioText();
  const plan = usePlanText();
  const format = useFormats();
  const sales = firstSalesGoal(goals);
  if (goals.length === 0) return null;
  // What adopting writes for a goal without its own scenario growth: the scenario's growth, else the plan's.
  const fallback = (scenario: Scenario) => {
    const own = num(scenario.growth);
    return own === null
      ? text.fallback.plan(format.percent(metrics.growth))
      : text.fallback.scenario(format.percent(own));
  };
  const rows: KeyedRow[] = goals.map((goal) => ({
    id: goal.id,
    name: goal.label || plan.untitled,
    note: goal.id === sales?.id ? text.salesGoal : undefined,
    plan: format.percent(num(goal.growth) ?? metrics.growth),
    value: (scenario) => scenario.goalGrowth?.[goal.id],
    fallback,
  }));
  return (
    <KeyedAssumptions
      kind="goalGrowth"
      title={text.goalGrowth(goals.length)}
      first={text.goal}
      noun={text.rows.growth}
      testId="scenario-goal-growth"
      scenarios={scenarios}
      rows={rows}
    />
  );
}

/** Each campaign's budget in each scenario ([PLAN-9]); blank = the plan's (its budget, else last year's spend). */
export function ScenarioCampaignBudgets({ scenarios }: { scenarios: readonly Scenario[] }) {
  const { events } = useSnapshot();
  const text = useScenarioText();
  const plan = usePlanText();
  const format = useFormats();
  const rows = useMemo(
    () =>
      [...events].sort(byDate).map((event): KeyedRow => {
        const planned = format.money(baseBudgetOf(event));
        return {
          id: event.id,
          name: event.title || plan.untitled,
          note: event.start,
          plan: planned,
          value: (scenario) => scenario.campaignBudget?.[event.id],
          fallback: () => text.fallback.plan(planned),
        };
      }),
    [events, format, plan.untitled, text],
  );
  return (
    <KeyedAssumptions
      kind="campaignBudget"
      title={text.campaignBudgets(events.length)}
      first={text.campaign}
      noun={text.rows.campaignBudget}
      testId="scenario-campaign-budgets"
      scenarios={scenarios}
      rows={rows}
      empty={text.noCampaigns}
    />
  );
}

interface KeyedAssumptionsProps {
  kind: 'goalGrowth' | 'campaignBudget';
  title: string;
  first: string;
  noun: string;
  testId: string;
  scenarios: readonly Scenario[];
  rows: KeyedRow[];
  empty?: string;
}

/**
 * A keyed assumption as a table folded in a `<details>`: a board may have hundreds of campaigns, so their
 * rows are rendered only while it is open and the main table stays readable.
 */
function KeyedAssumptions({ kind, title, first, noun, testId, scenarios, rows, empty }: KeyedAssumptionsProps) {
  const actions = useActions();
  const checks = useChecks();
  const [open, setOpen] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const grid = useMemo(
    () => createGrid(() => table.current, rows.length, scenarios.length + 1),
    [rows.length, scenarios.length],
  );
  const check = kind === 'goalGrowth' ? checks.growth : checks.budget;
  return (
    <details className="scenario-details" data-testid={testId} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{title}</summary>
      {open && rows.length === 0 && <p className="muted">{empty}</p>}
      {open && rows.length > 0 && (
        <GridContext.Provider value={grid}>
          <ScenarioTable count={scenarios.length} testId={`${testId}-table`} ref={table}>
            <ScenarioHead first={first} scenarios={scenarios} />
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.id} data-key={row.id}>
                  <th scope="row">
                    <span className="scenario-row-name">{row.name}</span>
                    {row.note && <span className="muted scenario-row-note">{row.note}</span>}
                  </th>
                  <td className="numeric scenario-plan">{row.plan}</td>
                  {scenarios.map((scenario, col) => (
                    <td key={scenario.id} data-scenario-id={scenario.id} data-label={scenario.name}>
                      <ScenarioCell
                        row={index}
                        col={col + 1}
                        kind={kind === 'goalGrowth' ? 'growth' : 'budget'}
                        value={num(row.value(scenario))}
                        fallback={row.fallback(scenario)}
                        label={`${noun}: ${row.name} — ${scenario.name}`}
                        testId={`${testId}-cell`}
                        check={check}
                        onChange={(value) => actions.setScenarioAssumption(scenario.id, { kind, key: row.id, value })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScenarioTable>
        </GridContext.Provider>
      )}
    </details>
  );
}
