import { type PlanMetrics, scenarioAdoption } from '@balanza/metrics';
import type { Scenario } from '@balanza/model';
import { type FormEvent, useMemo, useState } from 'react';
import { useAbilities, useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { PlusIcon } from '../../ui/icons.tsx';
import { PlanPart } from './PlanPart.tsx';
import { ScenarioAssumptions } from './ScenarioAssumptions.tsx';
import { ScenarioCampaignBudgets, ScenarioGoalGrowth } from './ScenarioDetails.tsx';
import { ScenarioProjections } from './ScenarioProjections.tsx';
import { useScenarioText } from './scenario-texts.ts';

/**
 * The plan's what-if scenarios side by side ([PLAN-9], [PLAN-10]): columns of assumptions beside the plan
 * now, their projections, and "Adopt", which copies one into the plan's targets and budgets as one edit
 * everyone sees and one undo takes back.
 */
export function PlanScenarios({ metrics }: { metrics: PlanMetrics }) {
  const snapshot = useSnapshot();
  const actions = useActions();
  const text = useScenarioText();
  const { scenarios } = snapshot;
  const projections = useMemo(() => new Map(metrics.scenarios.map((p) => [p.id, p])), [metrics.scenarios]);
  // The scenario this person adopted last: its message stays while it is the adopted one (an undo clears it).
  const [adoptedHere, setAdoptedHere] = useState<{ id: string; name: string } | null>(null);

  const adopt = (scenario: Scenario) => {
    const adoption = scenarioAdoption(snapshot, scenario.id);
    if (!adoption) return;
    actions.adoptScenario(scenario.id, adoption);
    setAdoptedHere({ id: scenario.id, name: scenario.name });
  };
  const status =
    adoptedHere && metrics.adoptedScenarioId === adoptedHere.id ? text.adoptedStatus(adoptedHere.name) : '';

  return (
    <PlanPart id="scenarios" title={text.title} intro={text.intro}>
      <AddScenario />
      {/* Always in the page, so screen readers announce the message when it appears. */}
      <p role="status" className="scenario-status" data-testid="scenario-status">
        {status}
      </p>
      {scenarios.length === 0 ? (
        <p className="empty-state" data-testid="scenario-empty">
          {text.empty}
        </p>
      ) : (
        // Its own sideways scroll, so a narrow screen keeps the columns side by side; focusable for the keyboard.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="scenario-scroll" aria-label={text.scrollLabel} tabIndex={0}>
          <ScenarioAssumptions scenarios={scenarios} projections={projections} metrics={metrics} />
          <ScenarioGoalGrowth scenarios={scenarios} metrics={metrics} />
          <ScenarioCampaignBudgets scenarios={scenarios} />
          <ScenarioProjections scenarios={scenarios} projections={projections} metrics={metrics} onAdopt={adopt} />
        </section>
      )}
    </PlanPart>
  );
}

/** Names and adds a scenario; a blank name is refused at the field. */
function AddScenario() {
  const actions = useActions();
  const text = useScenarioText();
  const { canEdit } = useAbilities();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!canEdit) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(text.nameNeeded);
    // A new scenario goes last: the columns read left to right in the order they were made.
    actions.addScenario(trimmed);
    setName('');
    setError(null);
  };
  return (
    <form className="scenario-add" onSubmit={submit} noValidate>
      <div className="field grow">
        <label htmlFor="scenario-new-name">{text.nameLabel}</label>
        <input
          id="scenario-new-name"
          data-testid="scenario-name-input"
          value={name}
          maxLength={120}
          placeholder={text.namePlaceholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'scenario-new-name-error' : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
        />
      </div>
      <button type="submit" className="button" data-testid="scenario-add">
        <PlusIcon />
        <span>{text.add}</span>
      </button>
      {error && (
        <p className="field-error" id="scenario-new-name-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
