import { type PlanMetrics, type ScenarioProjection, type ScenarioRow, scenarioRows } from '@balanza/metrics';
import type { Scenario } from '@balanza/model';
import { useId } from 'react';
import { useAbilities } from '../../board/BoardContext.tsx';
import { FigureCell } from '../../board/cells/FigureCell.tsx';
import { ScenarioHead, ScenarioTable, useRowFormats, useScenarioRowNames } from './ScenarioParts.tsx';
import { useScenarioText } from './scenario-texts.ts';

/** The test ids and class keys of the rows, as the section has always named them. */
const ROW_IDS: Record<ScenarioRow['key'], string> = {
  growth: 'growth-used',
  roas: 'roas-used',
  conversionFactor: 'conversion-factor',
  baseGmv: 'base-gmv',
  campaignBudget: 'campaign-budget',
  campaignGmv: 'campaign-gmv',
  gmv: 'gmv',
  spend: 'spend',
  operatingProfit: 'profit',
  operatingMargin: 'margin',
  roi: 'roi',
};

interface Props {
  scenarios: readonly Scenario[];
  projections: ReadonlyMap<string, ScenarioProjection>;
  metrics: PlanMetrics;
  onAdopt: (scenario: Scenario) => void;
}

/**
 * What each scenario projects ([PLAN-9]): the ratios it used, then GMV, spend, profit, margin and ROI, each
 * with its formula one hover away; the last row adopts one into the plan ([PLAN-10]).
 */
export function ScenarioProjections({ scenarios, projections, metrics, onAdopt }: Props) {
  const text = useScenarioText();
  const format = useRowFormats();
  const names = useScenarioRowNames();
  const { canEdit } = useAbilities();
  const reasonId = useId();
  const rows = scenarioRows(metrics);
  return (
    <ScenarioTable count={scenarios.length} testId="scenario-projections">
      <ScenarioHead first={text.projection} scenarios={scenarios} />
      <tbody>
        {rows.map((row) => {
          const id = ROW_IDS[row.key];
          const name = names[row.key];
          const show = format[row.kind === 'signed-percent' ? 'percent' : row.kind];
          return (
            <tr key={id} className={row.key === 'gmv' ? 'scenario-key-row' : undefined}>
              <th scope="row">{name}</th>
              {row.plan === null || typeof row.plan === 'number' ? (
                // The plan's growth is a rate it sets (no formula); some rows have no plan figure at all.
                <td className="numeric scenario-plan">{row.plan === null ? '' : show(row.plan)}</td>
              ) : (
                <FigureCell figure={row.plan} name={name} format={show} testId={`scenario-plan-${id}`} />
              )}
              {scenarios.map((scenario) => {
                const projection = projections.get(scenario.id);
                return projection ? (
                  <FigureCell
                    key={scenario.id}
                    figure={row.pick(projection)}
                    name={name}
                    format={format[row.kind]}
                    testId={`scenario-${id}`}
                  />
                ) : (
                  <td key={scenario.id} />
                );
              })}
            </tr>
          );
        })}
        {canEdit && (
          <tr className="scenario-adopt-row">
            <th scope="row">
              <span className="visually-hidden">{text.adopt}</span>
            </th>
            <td />
            {scenarios.map((scenario, index) => {
              // Adoptable exactly when its GMV is projected (`scenarioAdoption` is null otherwise); computing
              // the adoption itself waits for the click, since it reads the whole board.
              const possible = projections.get(scenario.id)?.gmv.ok ?? false;
              const adopted = metrics.adoptedScenarioId === scenario.id;
              return (
                <td key={scenario.id} data-scenario-id={scenario.id}>
                  <button
                    type="button"
                    className="button button-primary button-small"
                    data-testid="scenario-adopt"
                    data-scenario-id={scenario.id}
                    disabled={!possible}
                    title={possible ? text.adoptHelp(scenario.name) : undefined}
                    aria-describedby={possible ? undefined : `${reasonId}-${index}`}
                    onClick={() => onAdopt(scenario)}
                  >
                    {adopted ? text.adoptAgain : text.adopt}
                    <span className="visually-hidden"> {scenario.name}</span>
                  </button>
                  {!possible && (
                    <span id={`${reasonId}-${index}`} className="muted scenario-row-note">
                      {text.cannotAdopt}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        )}
      </tbody>
    </ScenarioTable>
  );
}
