import type { PlanMetrics, ScenarioProjection } from '@balanza/metrics';
import { INPUT_CATEGORIES, type Scenario, type ScenarioAssumption } from '@balanza/model';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useAbilities, useActions, useSnapshot } from '../../board/BoardContext.tsx';
import { EditableCell } from '../../board/cells/EditableCell.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { createGrid, GridContext } from '../../board/cells/gridNavigation.ts';
import { useLedgerTexts } from '../../board/figures/ledgerTexts.ts';
import { CheckIcon, TrashIcon } from '../../ui/icons.tsx';
import { type AssumptionKind, ScenarioCell } from './ScenarioCell.tsx';
import { num, ScenarioTable, useChecks, useFormats } from './ScenarioParts.tsx';
import { useScenarioText } from './scenario-texts.ts';

// Grid rows: the names (in the header), then growth, ROAS, conversion, then one per category.
const FIRST_BUDGET_ROW = 4;

interface Props {
  scenarios: readonly Scenario[];
  projections: ReadonlyMap<string, ScenarioProjection>;
  metrics: PlanMetrics;
}

/** The scenarios' names and one-value assumptions, beside the plan now ([PLAN-9]). */
export function ScenarioAssumptions({ scenarios, projections, metrics }: Props) {
  const snapshot = useSnapshot();
  const actions = useActions();
  const text = useScenarioText();
  const ledger = useLedgerTexts();
  const format = useFormats();
  const checks = useChecks();
  const table = useRef<HTMLTableElement>(null);
  // The categories the plan has lines in (adopting spreads a category's budget over its lines), and any a
  // scenario budgets already, so it can be cleared.
  const categories = INPUT_CATEGORIES.filter(
    (category) =>
      metrics.budgets[category] !== undefined ||
      scenarios.some((scenario) => num(scenario.categoryBudget?.[category]) !== null),
  );
  const rows = FIRST_BUDGET_ROW + categories.length;
  const grid = useMemo(() => createGrid(() => table.current, rows, scenarios.length + 1), [rows, scenarios.length]);
  const lastYearRoas = metrics.campaigns.lastYearRoas;
  const conversion = num(snapshot.plan?.conversion);
  const { fallback } = text;

  /** One scenario cell per column for the assumption `kind` of a row. */
  const cells = (
    row: number,
    kind: AssumptionKind,
    testId: string,
    name: string,
    read: (scenario: Scenario) => unknown,
    fallbackOf: (scenario: Scenario) => string,
    assumption: (value: number | null) => ScenarioAssumption,
    flag?: (scenario: Scenario) => string | undefined,
  ): ReactNode =>
    scenarios.map((scenario, index) => (
      <td key={scenario.id} data-scenario-id={scenario.id} data-label={scenario.name}>
        <ScenarioCell
          row={row}
          col={index + 1}
          kind={kind}
          value={num(read(scenario))}
          fallback={fallbackOf(scenario)}
          label={`${name}: ${scenario.name}`}
          testId={testId}
          flag={flag?.(scenario)}
          check={checks[kind]}
          onChange={(value) => actions.setScenarioAssumption(scenario.id, assumption(value))}
        />
      </td>
    ));

  return (
    <GridContext.Provider value={grid}>
      <ScenarioTable count={scenarios.length} testId="scenario-assumptions" ref={table}>
        <thead>
          <tr>
            <th scope="col">{text.assumption}</th>
            <th scope="col" className="numeric" data-testid="scenario-plan-column">
              {text.planNow}
            </th>
            {scenarios.map((scenario, index) => (
              <ScenarioHeading
                key={scenario.id}
                scenario={scenario}
                col={index + 1}
                adopted={metrics.adoptedScenarioId === scenario.id}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{text.rows.growth}</th>
            <td className="numeric scenario-plan">{format.percent(metrics.growth)}</td>
            {cells(
              1,
              'growth',
              'scenario-growth',
              text.rows.growth,
              (scenario) => scenario.growth,
              () => fallback.plan(format.percent(metrics.growth)),
              (value) => ({ kind: 'growth', value }),
              (scenario) => scenario.flags?.growth,
            )}
          </tr>
          <tr>
            <th scope="row">{text.rows.roas}</th>
            <FigureCell figure={lastYearRoas} name={text.rows.roas} format={format.times} />
            {cells(
              2,
              'roas',
              'scenario-roas',
              text.rows.roas,
              (scenario) => scenario.roas,
              () => (lastYearRoas.ok ? fallback.lastYear(format.times(lastYearRoas.value)) : fallback.lastYearOnly),
              (value) => ({ kind: 'roas', value }),
              (scenario) => scenario.flags?.roas,
            )}
          </tr>
          <tr>
            <th scope="row">{text.rows.conversion}</th>
            <td>
              {/* Last year's conversion is the plan's: what a scenario's assumed conversion is compared with. */}
              <ScenarioCell
                row={3}
                col={0}
                kind="conversion"
                value={conversion}
                fallback="—"
                label={text.rows.lastConversion}
                testId="scenario-plan-conversion"
                check={checks.conversion}
                onChange={(value) => actions.setPlanConversion(value)}
              />
            </td>
            {cells(
              3,
              'conversion',
              'scenario-conversion',
              text.rows.conversion,
              (scenario) => scenario.conversion,
              () => (conversion === null ? fallback.lastYearOnly : fallback.lastYear(format.percent(conversion))),
              (value) => ({ kind: 'conversion', value }),
              (scenario) => scenario.flags?.conversion,
            )}
          </tr>
          {categories.map((category, index) => {
            const name = text.rows.budget(ledger.categories[category]);
            const planned = metrics.budgets[category];
            return (
              <tr key={category} data-category={category}>
                <th scope="row">{name}</th>
                {planned ? <FigureCell figure={planned} name={name} format={format.money} /> : <td />}
                {cells(
                  FIRST_BUDGET_ROW + index,
                  'budget',
                  'scenario-budget',
                  name,
                  (scenario) => scenario.categoryBudget?.[category],
                  (scenario) => {
                    // Blank: the plan's budget at this scenario's GMV, as its projection has it.
                    const projected = projections.get(scenario.id)?.budgets[category];
                    return projected?.ok ? fallback.about(format.money(projected.value)) : '—';
                  },
                  (value) => ({ kind: 'categoryBudget', key: category, value }),
                )}
              </tr>
            );
          })}
        </tbody>
      </ScenarioTable>
    </GridContext.Provider>
  );
}

/** A scenario's column head: its name (renamed in place), whether it is the adopted one, and its removal. */
function ScenarioHeading({ scenario, col, adopted }: { scenario: Scenario; col: number; adopted: boolean }) {
  const actions = useActions();
  const text = useScenarioText();
  const { canEdit } = useAbilities();
  const [confirming, setConfirming] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The question takes the focus from the trash button it replaces, so the keyboard is not lost.
  useEffect(() => {
    if (confirming) confirm.current?.focus();
  }, [confirming]);
  return (
    <th scope="col" data-testid="scenario-column" data-scenario-id={scenario.id} data-adopted={adopted || undefined}>
      <EditableCell
        row={0}
        col={col}
        testId="scenario-name"
        label={text.rename(scenario.name)}
        display={scenario.name}
        edit={scenario.name}
        maxLength={120}
        flag={scenario.flags?.name}
        onCommit={(typed) => {
          const name = typed.trim();
          if (!name) return text.nameNeeded;
          if (name !== scenario.name) actions.renameScenario(scenario.id, name);
          return null;
        }}
      />
      <div className="scenario-heading-line">
        {/* A word and an icon, not colour alone. */}
        {adopted && (
          <span className="status status-hit" data-testid="scenario-adopted">
            <CheckIcon size={12} />
            {text.adopted}
          </span>
        )}
        {canEdit && !confirming && (
          <button
            type="button"
            className="icon-button scenario-remove"
            data-testid="scenario-remove"
            aria-label={text.remove(scenario.name)}
            title={text.remove(scenario.name)}
            onClick={() => setConfirming(true)}
          >
            <TrashIcon />
          </button>
        )}
      </div>
      {canEdit && confirming && (
        <div className="confirm scenario-confirm">
          <span>{text.confirmRemove(scenario.name)}</span>
          <button
            ref={confirm}
            type="button"
            className="button button-danger button-small"
            data-testid="scenario-remove-confirm"
            onClick={() => actions.removeScenario(scenario.id)}
          >
            {text.confirm}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {text.cancel}
          </button>
        </div>
      )}
    </th>
  );
}
